using PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

namespace PlanWorkflows.Engine.Tests.Runtime.CrashTest;

public sealed class CrashTests : IAsyncLifetime
{
    private const string InstanceId = "crash-test-instance";
    private RuntimeHarness harness = null!;

    public async Task InitializeAsync() => harness = await RuntimeHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task ProcessKilledMidStream_AfterRestart_EveryAcknowledgedResumeIsStoredExactlyOnce()
    {
        List<int> acknowledged;
        using (var crashing = CrashTestHostProcess.Start(harness.DatabasePath, InstanceId, first: 1, last: 1_000_000))
        {
            await crashing.KillAfterAsync(count: 200);
            acknowledged = crashing.Acknowledged;
        }

        var lastAcknowledged = acknowledged.Max();
        var afterCrash = await harness.ReceivedAsync(InstanceId);
        afterCrash.Should().OnlyHaveUniqueItems().And.Contain(acknowledged);
        afterCrash.Should().OnlyContain(n => n <= lastAcknowledged + 1, "only the resume in flight at the kill may be unacknowledged");
        (await ResumedInJournalAsync()).Should().BeEquivalentTo(afterCrash);

        // Restart on the same file and send again from the first unacknowledged tick (same idempotency keys).
        using (var restarted = CrashTestHostProcess.Start(harness.DatabasePath, InstanceId, lastAcknowledged + 1, lastAcknowledged + 20))
        {
            await restarted.RunToEndAsync();
        }

        var expected = Enumerable.Range(1, lastAcknowledged + 20).ToList();
        (await harness.ReceivedAsync(InstanceId)).Should().BeEquivalentTo(expected);
        (await ResumedInJournalAsync()).Should().BeEquivalentTo(expected);
    }

    private async Task<List<int>> ResumedInJournalAsync() =>
        (await harness.JournalAsync(InstanceId))
            .Where(row => row.EventName == "Resumed")
            .Select(row => row.Payload!["n"]!.GetValue<int>())
            .ToList();
}
