using Microsoft.Extensions.Hosting;

namespace PlanWorkflows.Engine.Runtime.Timers;

/// <summary>A hosted service that runs its work once on start-up and then at every tick of the time provider's timer.</summary>
public abstract class PeriodicRuntimeService(TimeProvider timeProvider, TimeSpan interval) : BackgroundService
{
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, timeProvider);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
