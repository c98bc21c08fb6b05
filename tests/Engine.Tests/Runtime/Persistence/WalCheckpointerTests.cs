using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Runtime.Persistence.Commits;
using PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

namespace PlanWorkflows.Engine.Tests.Runtime.Persistence;

public sealed class WalCheckpointerTests : IAsyncLifetime
{
    private RuntimeHarness harness = null!;

    public async Task InitializeAsync() => harness = await RuntimeHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task CheckpointWith_AfterGroupCommits_CopiesTheLogIntoTheDatabaseFile()
    {
        for (var index = 0; index < 40; index++)
        {
            await harness.StartAsync(TestWorkflows.EventCounter);
        }

        var fileBefore = new FileInfo(harness.DatabasePath).Length;
        var checkpointer = harness.Services.GetRequiredService<WalCheckpointer>();
        await using (var connection = new SqliteConnection($"Data Source={harness.DatabasePath}"))
        {
            await connection.OpenAsync();
            checkpointer.CheckpointWith(connection);
        }

        new FileInfo(harness.DatabasePath).Length.Should().BeGreaterThan(fileBefore);
        checkpointer.IsFarBehind.Should().BeFalse();
        (await harness.QueryAsync(context => Task.FromResult(context.WorkflowInstances.Count()))).Should().Be(40);
    }
}
