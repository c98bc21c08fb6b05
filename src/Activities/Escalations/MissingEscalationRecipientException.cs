namespace PlanWorkflows.Activities.Escalations;

/// <summary>An Escalate step names no unit to escalate to.</summary>
public sealed class MissingEscalationRecipientException(string activityId)
    : Exception($"Escalate activity '{activityId}' has no ToUnit: an escalation needs a unit to go to.");
