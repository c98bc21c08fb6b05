using PlanWorkflows.Engine.Runtime.Persistence.Commits;

namespace PlanWorkflows.Engine.Tests.Runtime.Persistence;

public sealed class BackgroundLoopTests
{
    [Fact]
    public async Task EnsureStarted_LoopReturns_RanOnItsOwnNamedThreadOutsideThePool()
    {
        var loop = new BackgroundLoop("Test loop");
        string? threadName = null;
        var onPoolThread = true;

        loop.EnsureStarted(() =>
        {
            threadName = Thread.CurrentThread.Name;
            onPoolThread = Thread.CurrentThread.IsThreadPoolThread;
        });
        await loop.Stopped.WaitAsync(TimeSpan.FromSeconds(30));

        threadName.Should().Be("Test loop");
        onPoolThread.Should().BeFalse();
    }

    [Fact]
    public async Task EnsureStarted_CalledAgainWhileRunning_RunsTheLoopOnce()
    {
        var loop = new BackgroundLoop("Test loop");
        using var release = new ManualResetEventSlim();
        var runs = 0;

        loop.EnsureStarted(() =>
        {
            Interlocked.Increment(ref runs);
            release.Wait();
        });
        loop.EnsureStarted(() => Interlocked.Increment(ref runs));
        release.Set();
        await loop.Stopped.WaitAsync(TimeSpan.FromSeconds(30));

        runs.Should().Be(1);
    }

    [Fact]
    public async Task Stopped_LoopThrows_FaultsWithTheLoopsException()
    {
        var loop = new BackgroundLoop("Test loop");

        loop.EnsureStarted(() => throw new InvalidOperationException("the loop broke"));
        var stopping = () => loop.Stopped.WaitAsync(TimeSpan.FromSeconds(30));

        await stopping.Should().ThrowAsync<InvalidOperationException>().WithMessage("the loop broke");
    }

    [Fact]
    public void Stopped_NeverStarted_IsAlreadyCompleted()
    {
        new BackgroundLoop("Test loop").Stopped.IsCompletedSuccessfully.Should().BeTrue();
    }
}
