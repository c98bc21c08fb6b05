using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Activities.Reports;

public sealed partial class AwaitReport
{
    internal const string SubmittedOutcome = "Submitted";
    private const string PeriodStateKey = "period";

    protected override ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        OpenOrSubmitAsync(context, Schedule(context).First(PlanTime.Today(context.TimeProvider)));

    private protected override ValueTask OnItemSettledAsync(ActivityExecutionContext context, WorkItem item)
    {
        var period = context.ActivityState[PeriodStateKey].Deserialize<ReportPeriod>()!;
        var periodIsIn = StepWorkItems.Of(context).Where(candidate => candidate.PeriodLabel == period.Label).All(candidate => !candidate.IsOpen);
        return periodIsIn ? OpenOrSubmitAsync(context, Schedule(context).Next(period)) : ValueTask.CompletedTask;
    }

    private ValueTask OpenOrSubmitAsync(ActivityExecutionContext context, ReportPeriod? period)
    {
        if (period is null)
        {
            return context.CompleteAsync(SubmittedOutcome);
        }

        var details = ReadDetails(context);
        var specification = new WorkItemSpecification(WorkItemKind.Report, period.DueDate, period.Label);
        if (OpenWorkItems(context, details, specification, context.Get(ReportingUnits)).Count == 0)
        {
            return context.CompleteAsync(SubmittedOutcome);
        }

        context.ActivityState[PeriodStateKey] = JsonSerializer.SerializeToNode(period);
        ScheduleEscalations(context, details.Policy, period.DueDate);
        return ValueTask.CompletedTask;
    }

    private ReportSchedule Schedule(ActivityExecutionContext context)
    {
        var defaults = context.Services.GetRequiredService<ReportDeadlineOptions>();
        var dates = (context.Get(DueDates) ?? []).Select(date => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        var endDate = context.Get(EndDate) is { } end ? DateOnly.FromDateTime(end) : (DateOnly?)null;
        return new ReportSchedule(ValueOr(context, Cadence, ReportingCadence.Yearly), ReportDueRule.From(defaults, context.Get(DueDay), context.Get(DueMonth)), dates, endDate);
    }
}
