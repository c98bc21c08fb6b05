using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Plans.Deadlines;

/// <summary>What a task says about time: a deadline, a cadence, a target year; any of them may be absent.</summary>
internal sealed record Schedule(TaskDeadline? Deadline, TaskCadence? Cadence, int? TargetYear)
{
    public static readonly Schedule None = new(null, null, null);

    public Schedule Or(Schedule other) =>
        new(Deadline ?? other.Deadline, Cadence ?? other.Cadence, Deadline is null && other.Deadline is null ? TargetYear ?? other.TargetYear : null);
}
