namespace PlanWorkflows.Activities.Reports;

/// <summary>One period of a reporting cadence (a month, a quarter ...), its label in the inbox and its due date.</summary>
internal sealed record ReportPeriod(DateOnly Start, DateOnly End, DateOnly DueDate, string Label);
