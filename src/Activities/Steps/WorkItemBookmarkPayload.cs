namespace PlanWorkflows.Activities.Steps;

/// <summary>The bookmark a step waits on for one work item; the item stores the bookmark's id.</summary>
internal sealed record WorkItemBookmarkPayload(string WorkItemId);

/// <summary>A step's timer for one rung of the escalation ladder of the items due on <paramref name="DueDate"/>.</summary>
internal sealed record EscalationTimerPayload(string Level, DateOnly DueDate);

/// <summary>The timer after which a sign-off step stops waiting.</summary>
internal sealed record OverdueTimerPayload(DateOnly DueDate);
