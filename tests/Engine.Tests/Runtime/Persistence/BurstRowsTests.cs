using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Instances.Bursts;
using PlanWorkflows.Engine.Runtime.Persistence;
using PlanWorkflows.Engine.Runtime.Persistence.Rows;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

namespace PlanWorkflows.Engine.Tests.Runtime.Persistence;

public sealed class BurstRowsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private RuntimeHarness harness = null!;

    private BurstSql Sql => harness.Services.GetRequiredService<RuntimeSql>().Writes;

    public async Task InitializeAsync() => harness = await RuntimeHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public void Create_NewInstance_InsertsItsFirstRevision()
    {
        var state = State(WorkflowSubStatus.Suspended, "c-1");

        var rows = BurstRows.Create(Sql, Burst(WorkflowInstance.Create(state), state), Result(state), Now);

        (rows.InstanceWrite, rows.Revision).Should().Be((InstanceWrite.Insert, 1L));
    }

    [Fact]
    public void Create_ResumeLeavingIndexedColumns_RewritesOnlyTheState()
    {
        var before = State(WorkflowSubStatus.Suspended, "c-1");
        var stored = WorkflowInstance.Restore(before, RuntimeJson.Serialize(before), revision: 3);

        var rows = BurstRows.Create(Sql, Burst(stored, before), Result(before with { JournalSequence = 9 }), Now);

        (rows.InstanceWrite, rows.Revision).Should().Be((InstanceWrite.UpdateState, 4L));
        stored.State.Should().Contain("\"journalSequence\":9");
    }

    [Theory]
    [InlineData(WorkflowSubStatus.Finished, "c-1")]
    [InlineData(WorkflowSubStatus.Suspended, "c-2")]
    public void Create_ResumeChangingStatusOrCorrelation_UpdatesEveryChangingColumn(WorkflowSubStatus subStatus, string correlationId)
    {
        var before = State(WorkflowSubStatus.Suspended, "c-1");
        var stored = WorkflowInstance.Restore(before, RuntimeJson.Serialize(before), revision: 3);

        var rows = BurstRows.Create(Sql, Burst(stored, before), Result(State(subStatus, correlationId)), Now);

        rows.InstanceWrite.Should().Be(InstanceWrite.Update);
        (stored.SubStatus, stored.CorrelationId).Should().Be((subStatus, correlationId));
    }

    private static WorkflowState State(WorkflowSubStatus subStatus, string correlationId) => new()
    {
        Id = "instance-1",
        DefinitionId = "definition-1",
        DefinitionVersionId = "version-1",
        CorrelationId = correlationId,
        SubStatus = subStatus,
        Status = subStatus == WorkflowSubStatus.Finished ? WorkflowStatus.Finished : WorkflowStatus.Running,
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    private static PreparedBurst Burst(WorkflowInstance instance, WorkflowState state) =>
        new(instance, state, DefinitionRevision: null, new BurstTrigger.Cancel(), RuntimeOutcome.Resumed);

    private static BurstResult Result(WorkflowState state) => new(state, [], [], [], []);
}
