using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Activities.Calendar;
using PlanWorkflows.Activities.Escalations;
using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Activities.Steps;

/// <summary>What every human step does: open work items, escalate them on timers, react when a unit settles one.</summary>
public abstract partial class HumanStep
{
    /// <summary>Decides, after a unit settled <paramref name="item"/>, whether the step completes.</summary>
    private protected abstract ValueTask OnItemSettledAsync(ActivityExecutionContext context, WorkItem item);

    private protected StepDetails ReadDetails(ActivityExecutionContext context) => new(
        context.Get(PlanId) ?? "",
        context.Get(TaskId) ?? "",
        context.Get(Title) ?? "",
        context.Get(Instructions),
        context.Get(SourceLines),
        context.Get(DueDate) is { } dueDate ? DateOnly.FromDateTime(dueDate) : null,
        new EscalationPolicy(
            ValueOr(context, ReminderAfterWorkingDays, 0),
            ValueOr(context, MonitoringUnitAfterWorkingDays, DefaultMonitoringUnitAfterWorkingDays),
            ValueOr(context, LeadershipAfterWorkingDays, DefaultLeadershipAfterWorkingDays),
            NullIfEmpty(context.Get(MonitoringUnit)),
            NullIfEmpty(context.Get(IssuingUnit))));

    /// <summary>Opens one item per unit the references fan out to.</summary>
    private protected IReadOnlyList<WorkItem> OpenWorkItems(
        ActivityExecutionContext context, StepDetails details, WorkItemSpecification specification, IEnumerable<string>? unitReferences)
    {
        var units = context.Services.GetRequiredService<UnitFanOut>().Expand(unitReferences ?? [], PlanTime.Today(context.TimeProvider));
        return [.. units.Select(unitId => StepWorkItems.Open(context, details, specification, unitId, OnWorkItemSettledAsync))];
    }

    /// <summary>Sets the ladder's timers for the items due on <paramref name="dueDate"/>: each rung fires once.</summary>
    private protected void ScheduleEscalations(ActivityExecutionContext context, EscalationPolicy policy, DateOnly dueDate)
    {
        var calendar = context.Services.GetRequiredService<IWorkingDayCalendar>();
        foreach (var level in Enum.GetValues<EscalationLevel>().Where(policy.HasRung))
        {
            var firesAt = EscalationLadder.FiresAt(calendar, dueDate, policy.WorkingDaysAfterDueDate(level));
            context.CreateBookmark(new EscalationTimerPayload(level.ToString(), dueDate), EscalationCallbackOf(level), firesAt);
        }
    }

    private Func<ActivityExecutionContext, ValueTask> EscalationCallbackOf(EscalationLevel level) => level switch
    {
        EscalationLevel.Reminder => OnReminderDueAsync,
        EscalationLevel.MonitoringUnit => OnMonitoringUnitDueAsync,
        _ => OnLeadershipDueAsync,
    };

    private protected async ValueTask OnWorkItemSettledAsync(ActivityExecutionContext context)
    {
        var item = StepWorkItems.Settle(context, WorkItemDecision.FromJson(context.ResumeInput));
        await OnItemSettledAsync(context, item);
    }

    private protected ValueTask OnReminderDueAsync(ActivityExecutionContext context) =>
        EscalationLadder.RaiseDueAsync(context, ReadDetails(context).Policy, EscalationLevel.Reminder);

    private protected ValueTask OnMonitoringUnitDueAsync(ActivityExecutionContext context) =>
        EscalationLadder.RaiseDueAsync(context, ReadDetails(context).Policy, EscalationLevel.MonitoringUnit);

    private protected ValueTask OnLeadershipDueAsync(ActivityExecutionContext context) =>
        EscalationLadder.RaiseDueAsync(context, ReadDetails(context).Policy, EscalationLevel.Leadership);

    /// <summary>The input's value, or the declared default when the definition leaves the input out.</summary>
    private protected static T ValueOr<T>(ActivityExecutionContext context, Input<T>? input, T declaredDefault)
        where T : struct => input is null ? declaredDefault : context.Get(input);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
