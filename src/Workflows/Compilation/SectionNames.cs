using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>A compiled section's name and description, in the plan's words.</summary>
internal static class SectionNames
{
    private const int DescriptionLength = 300;

    /// <summary>"1583/KH-UBND · II.2 · Tham gia hoàn thiện…", without the symbol when the plan has none.</summary>
    public static string Name(Plan plan, string sectionId, PlanSection? section)
    {
        var title = section is null ? sectionId : StepText.Title(sectionId, section.Title);
        return plan.Document.Number is { } number ? $"{number} · {title}" : title;
    }

    public static string? Description(Plan plan, PlanSection? section)
    {
        var parts = new[] { section?.Title, plan.Document.Title is { } title ? $"{plan.Document.Kind ?? "Kế hoạch"}: {title}" : null };
        var text = string.Join(". ", parts.OfType<string>());
        return text.Length == 0 ? null : StepText.Shorten(text, DescriptionLength);
    }
}
