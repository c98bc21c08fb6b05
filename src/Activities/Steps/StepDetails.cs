using PlanWorkflows.Activities.Escalations;

namespace PlanWorkflows.Activities.Steps;

/// <summary>The evaluated inputs every human step shares: what the task is and how it escalates.</summary>
internal sealed record StepDetails(
    string PlanId,
    string TaskId,
    string Title,
    string? Instructions,
    string? SourceLines,
    DateOnly? DueDate,
    EscalationPolicy Policy);
