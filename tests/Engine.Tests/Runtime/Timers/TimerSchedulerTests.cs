using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Runtime.Timers;
using PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

namespace PlanWorkflows.Engine.Tests.Runtime.Timers;

public sealed class TimerSchedulerTests : IAsyncLifetime
{
    private RuntimeHarness harness = null!;

    public async Task InitializeAsync() => harness = await RuntimeHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task RunDueTimersAsync_BeforeAndAfterDueTime_FiresOnlyOnceDue()
    {
        var instanceId = await harness.StartAsync(TestWorkflows.Delay);
        var dueAt = (await harness.BookmarksAsync(instanceId)).Single().DueAt;

        var early = await harness.Timers.RunDueTimersAsync();
        harness.Clock.Advance(TestWorkflows.DelayDuration);
        var due = await harness.Timers.RunDueTimersAsync();
        var again = await harness.Timers.RunDueTimersAsync();

        dueAt.Should().Be(harness.Clock.GetUtcNow());
        (early, due, again).Should().Be((0, 1, 0));
        (await harness.InstanceAsync(instanceId)).SubStatus.Should().Be(WorkflowSubStatus.Finished);
    }

    [Fact]
    public async Task RunDueTimersAsync_AfterRestart_FiresTheDelayOnce()
    {
        var instanceId = await harness.StartAsync(TestWorkflows.Delay);

        await harness.RestartAsync();
        harness.Clock.Advance(TestWorkflows.DelayDuration + TimeSpan.FromMinutes(1));
        var fired = await harness.Timers.RunDueTimersAsync() + await harness.Timers.RunDueTimersAsync();

        fired.Should().Be(1);
        (await harness.JournalAsync(instanceId)).Select(row => row.EventName).Should().Equal("Started", "Resumed");
        (await harness.InstanceAsync(instanceId)).SubStatus.Should().Be(WorkflowSubStatus.Finished);
    }

    [Fact]
    public async Task StartAsync_TimersThatFellDueWhileDown_FireOnStartUp()
    {
        var instanceId = await harness.StartAsync(TestWorkflows.Delay);
        await harness.RestartAsync();
        harness.Clock.Advance(TimeSpan.FromDays(2));

        var scheduler = harness.Services.GetServices<IHostedService>().OfType<TimerScheduler>().Single();
        await scheduler.StartAsync(CancellationToken.None);
        await WaitUntilFinishedAsync(instanceId).WaitAsync(TimeSpan.FromSeconds(30));
        await scheduler.StopAsync(CancellationToken.None);

        (await harness.InstanceAsync(instanceId)).SubStatus.Should().Be(WorkflowSubStatus.Finished);
    }

    [Fact]
    public async Task RunDueTimersAsync_TwoSchedulersOnOneDatabase_NeverFireATimerTwice()
    {
        var instanceIds = new List<string>();
        for (var index = 0; index < 20; index++)
        {
            instanceIds.Add(await harness.StartAsync(TestWorkflows.Delay));
        }

        var otherNode = harness.StartNode().GetRequiredService<TimerScheduler>();
        harness.Clock.Advance(TestWorkflows.DelayDuration);
        var fired = await Task.WhenAll(
            Task.Run(() => harness.Timers.RunDueTimersAsync()),
            Task.Run(() => otherNode.RunDueTimersAsync()));

        fired.Sum().Should().Be(20);
        foreach (var instanceId in instanceIds)
        {
            (await harness.JournalAsync(instanceId)).Count(row => row.EventName == "Resumed").Should().Be(1);
        }
    }

    [Fact]
    public async Task RunTimersDueByAsync_FutureInstant_FiresTimersNotYetDue()
    {
        var instanceId = await harness.StartAsync(TestWorkflows.Delay);

        var fired = await harness.Timers.RunTimersDueByAsync(DateTimeOffset.MaxValue);

        fired.Should().Be(1);
        (await harness.InstanceAsync(instanceId)).SubStatus.Should().Be(WorkflowSubStatus.Finished);
    }

    /// <summary>The hosted loop runs its first pass on start-up in the background; poll the database, not the clock.</summary>
    private async Task WaitUntilFinishedAsync(string instanceId)
    {
        while ((await harness.InstanceAsync(instanceId)).SubStatus != WorkflowSubStatus.Finished)
        {
            await Task.Yield();
        }
    }
}
