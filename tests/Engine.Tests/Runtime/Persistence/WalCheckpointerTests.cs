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

    /// <summary>
    /// The database file alone, copied without its log, must hold every committed instance. (Its size is no measure:
    /// each start also publishes a definition through a pooled connection whose automatic checkpoint may already have
    /// copied most of the log.)
    /// </summary>
    [Fact]
    public async Task CheckpointWith_AfterGroupCommits_CopiesTheLogIntoTheDatabaseFile()
    {
        for (var index = 0; index < 40; index++)
        {
            await harness.StartAsync(TestWorkflows.EventCounter);
        }

        var checkpointer = harness.Services.GetRequiredService<WalCheckpointer>();
        await using (var connection = new SqliteConnection($"Data Source={harness.DatabasePath}"))
        {
            await connection.OpenAsync();
            checkpointer.CheckpointWith(connection);
        }

        checkpointer.IsFarBehind.Should().BeFalse();
        (await InstancesInFileWithoutLogAsync()).Should().Be(40);
    }

    private async Task<long> InstancesInFileWithoutLogAsync()
    {
        var copy = Path.Combine(Path.GetDirectoryName(harness.DatabasePath)!, "without-log.db");
        File.Copy(harness.DatabasePath, copy);
        await using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM WorkflowInstances";
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
