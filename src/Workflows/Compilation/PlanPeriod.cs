using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>The span a plan runs over: when its reports stop.</summary>
internal static class PlanPeriod
{
    /// <summary>The plan's year: its issue date's, else the latest date among the documents it cites.</summary>
    public static int? YearOf(Plan plan) => (plan.Document.Date ?? plan.References.Max(reference => reference.Date))?.Year;

    /// <summary>
    /// The last day a task reports: the end of its own target year, else the plan's end (its last target year or
    /// last deadline, whichever is later), else the end of the plan's year; null when the plan gives no year at all.
    /// </summary>
    public static DateOnly? EndOf(Plan plan, PlanTask task)
    {
        if (task.TargetYear is { } targetYear)
        {
            return YearEnd(targetYear);
        }

        var planEnd = plan.Tasks.SelectMany(Ends).Max();
        return planEnd ?? (YearOf(plan) is { } year ? YearEnd(year) : null);
    }

    private static IEnumerable<DateOnly?> Ends(PlanTask task)
    {
        if (task.TargetYear is { } targetYear)
        {
            yield return YearEnd(targetYear);
        }

        if (task.Deadline is { } deadline)
        {
            yield return deadline.Date;
            foreach (var stage in deadline.Stages)
            {
                yield return stage.Date;
            }
        }
    }

    private static DateOnly YearEnd(int year) => new(year, 12, 31);
}
