using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PlanWorkflows.Engine.Runtime.Instances;

/// <summary>The <c>Runtime</c> configuration section (durations as <c>hh:mm:ss</c> or <c>d.hh:mm:ss</c>).</summary>
public sealed record WorkflowRuntimeOptions
{
    public const string SectionName = "Runtime";

    /// <summary>How long a stimulus that found no bookmark waits before it becomes a dead letter.</summary>
    public TimeSpan StimulusTimeToLive { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How often the timer scheduler and the stimulus queue sweeper run.</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claimed timer stays reserved for the scheduler that claimed it.</summary>
    public TimeSpan TimerLease { get; init; } = TimeSpan.FromMinutes(1);

    public int TimerBatchSize { get; init; } = 100;

    /// <summary>How many times a burst that lost an optimistic-concurrency race runs again on fresh state.</summary>
    public int MaxBurstAttempts { get; init; } = 100;

    public static WorkflowRuntimeOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var defaults = new WorkflowRuntimeOptions();
        return new WorkflowRuntimeOptions
        {
            StimulusTimeToLive = Duration(section, nameof(StimulusTimeToLive)) ?? defaults.StimulusTimeToLive,
            SweepInterval = Duration(section, nameof(SweepInterval)) ?? defaults.SweepInterval,
            TimerLease = Duration(section, nameof(TimerLease)) ?? defaults.TimerLease,
            TimerBatchSize = Number(section, nameof(TimerBatchSize)) ?? defaults.TimerBatchSize,
            MaxBurstAttempts = Number(section, nameof(MaxBurstAttempts)) ?? defaults.MaxBurstAttempts,
        };
    }

    private static TimeSpan? Duration(IConfiguration section, string key) =>
        section[key] is { Length: > 0 } text ? TimeSpan.Parse(text, CultureInfo.InvariantCulture) : null;

    private static int? Number(IConfiguration section, string key) =>
        section[key] is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
}
