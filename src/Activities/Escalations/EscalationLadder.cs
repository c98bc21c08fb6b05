using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Activities.Calendar;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Activities.Escalations;

/// <summary>When each rung of a step's ladder fires, and what it raises then.</summary>
internal static class EscalationLadder
{
    /// <summary>Office opening on the working day <paramref name="workingDaysAfter"/> working days after the due date (a due date off work reminds on the next working day).</summary>
    public static DateTimeOffset FiresAt(IWorkingDayCalendar calendar, DateOnly dueDate, int workingDaysAfter) =>
        PlanTime.OfficeOpeningOn(calendar.NextWorkingDayOnOrAfter(calendar.AddWorkingDays(dueDate, workingDaysAfter)));

    /// <summary>Escalates every open item of the running step whose rung <paramref name="level"/> has fired.</summary>
    public static async ValueTask RaiseDueAsync(ActivityExecutionContext context, EscalationPolicy policy, EscalationLevel level)
    {
        var calendar = context.Services.GetRequiredService<IWorkingDayCalendar>();
        var now = context.TimeProvider.GetUtcNow();
        var late = StepWorkItems.Of(context).Where(item =>
            item.IsOpen && item.DueDate is { } dueDate && FiresAt(calendar, dueDate, policy.WorkingDaysAfterDueDate(level)) <= now);
        foreach (var item in late)
        {
            if (policy.RecipientOf(level, item.UnitId) is { } recipient)
            {
                await EscalationRecorder.RaiseAsync(context, item, level, recipient, $"Quá hạn ngày {item.DueDate:dd/MM/yyyy}");
            }
        }
    }
}
