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

    [Fact]
    public void WriteRecordList_Lines_LeavesOutNullMembersAndTheInstanceId()
    {
        var json = RuntimeJson.WriteRecordList([Line(1)]);

        json.Should().Contain("\"activityId\":\"step1\"").And.NotContain("workflowInstanceId").And.NotContain("null");
    }

    [Fact]
    public void JournalOf_LinesAndExecutionsReadBack_CarryTheRecordsInstanceId()
    {
        var record = Record(1, RuntimeJson.ReadRecordList<ActivityExecution>(RuntimeJson.WriteRecordList([Execution("a1", "Running", Start)])),
            [.. RuntimeJson.ReadRecordList<JournalEntry>(RuntimeJson.WriteRecordList([Line(1), Line(2)]))]);

        BurstRecord.JournalOf([record]).Should().OnlyContain(line => line.WorkflowInstanceId == "i1");
        BurstRecord.ActivityExecutionsOf([record]).Single().Should().BeEquivalentTo(Execution("a1", "Running", Start));
    }

    [Fact]
    public void ReadRecordList_EarlierReleasesText_ReadsEveryMember()
    {
        const string stored = """
            [{"id":"j4","workflowInstanceId":"i1","activityInstanceId":"a1","parentActivityInstanceId":null,"activityId":"step1",
            "activityType":"Elsa.Event","activityTypeVersion":1,"activityName":null,"nodeId":"flow:step1",
            "timestamp":"2026-03-02T08:00:00+07:00","sequence":4,"eventName":"Started","message":null,"source":null,"payload":null}]
            """;

        RuntimeJson.ReadRecordList<JournalEntry>(stored).Single().Should().BeEquivalentTo(Line(4) with { Timestamp = Start });
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
