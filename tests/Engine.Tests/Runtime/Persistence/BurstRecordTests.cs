using PlanWorkflows.Engine.Runtime.Persistence;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Tests.Runtime.Persistence;

public sealed class BurstRecordTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void ActivityExecutionsOf_ExecutionChangedByALaterBurst_GivesItsLatestRecordOnce()
    {
        var suspended = Execution("a1", "Running", Start);
        var records = new[]
        {
            Record(4, [Execution("a2", "Faulted", Start.AddMinutes(1))]),
            Record(1, [suspended]),
            Record(3, [Execution("a2", "Running", Start.AddMinutes(1))]),
            Record(2, [suspended with { Status = "Completed", CompletedAt = Start.AddMinutes(1) }, Execution("a2", "Running", Start.AddMinutes(1))]),
        };

        var executions = BurstRecord.ActivityExecutionsOf(records).ToList();

        executions.Select(execution => (execution.Id, execution.Status)).Should().Equal(("a1", "Completed"), ("a2", "Faulted"));
        executions[0].CompletedAt.Should().Be(Start.AddMinutes(1));
    }

    [Fact]
    public void JournalOf_RecordsInAnyOrder_GivesEveryLineInSequence()
    {
        var records = new[] { Record(2, [], Line(3), Line(4)), Record(1, [], Line(1), Line(2)) };

        BurstRecord.JournalOf(records).Select(line => line.Sequence).Should().Equal(1, 2, 3, 4);
    }

    private static BurstRecord Record(long revision, IReadOnlyList<ActivityExecution> executions, params JournalEntry[] lines) =>
        new() { WorkflowInstanceId = "i1", Revision = revision, Journal = lines, ActivityExecutions = executions };

    private static ActivityExecution Execution(string id, string status, DateTimeOffset startedAt) => new()
    {
        Id = id, WorkflowInstanceId = "i1", ActivityId = id, ActivityNodeId = $"flow:{id}", ActivityType = "Elsa.Event", Status = status, StartedAt = startedAt,
    };

    private static JournalEntry Line(long sequence) => new()
    {
        Id = $"j{sequence}", WorkflowInstanceId = "i1", ActivityInstanceId = "a1", ActivityId = "step1", ActivityType = "Elsa.Event",
        NodeId = "flow:step1", EventName = "Started", Sequence = sequence,
    };
}
