namespace PlanWorkflows.Activities.Escalations;

/// <summary>
/// A human step's ladder: working days after the due date at which each rung fires, and the units the upper rungs go
/// to (null when the plan names none: that rung is skipped).
/// </summary>
internal sealed record EscalationPolicy(
    int ReminderAfterWorkingDays,
    int MonitoringUnitAfterWorkingDays,
    int LeadershipAfterWorkingDays,
    string? MonitoringUnitId,
    string? IssuingUnitId)
{
    public int WorkingDaysAfterDueDate(EscalationLevel level) => level switch
    {
        EscalationLevel.Reminder => ReminderAfterWorkingDays,
        EscalationLevel.MonitoringUnit => MonitoringUnitAfterWorkingDays,
        _ => LeadershipAfterWorkingDays,
    };

    /// <summary>Whether the plan names someone for the rung (a reminder always goes to the unit itself).</summary>
    public bool HasRung(EscalationLevel level) => level switch
    {
        EscalationLevel.MonitoringUnit => MonitoringUnitId is not null,
        EscalationLevel.Leadership => IssuingUnitId is not null,
        _ => true,
    };

    /// <summary>Who hears about a late item of <paramref name="unitId"/> at <paramref name="level"/>; null when nobody is named.</summary>
    public string? RecipientOf(EscalationLevel level, string unitId) => level switch
    {
        EscalationLevel.Reminder => unitId,
        EscalationLevel.MonitoringUnit => MonitoringUnitId,
        _ => IssuingUnitId,
    };
}
