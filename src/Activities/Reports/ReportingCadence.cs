namespace PlanWorkflows.Activities.Reports;

/// <summary>Định kỳ báo cáo: how often a task is reported.</summary>
public enum ReportingCadence
{
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,

    /// <summary>On the dates listed in <c>DueDates</c>.</summary>
    Dated,
}
