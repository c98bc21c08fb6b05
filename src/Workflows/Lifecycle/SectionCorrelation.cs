namespace PlanWorkflows.Workflows.Lifecycle;

/// <summary>The correlation id of a section's workflow instance: plan id and section id, such as "2024-bfdda2a4:II.3".</summary>
public static class SectionCorrelation
{
    public static string Of(string planId, string sectionId) => $"{planId}:{sectionId}";
}
