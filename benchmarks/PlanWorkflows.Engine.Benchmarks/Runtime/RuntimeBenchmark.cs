using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Stimuli;

namespace PlanWorkflows.Engine.Benchmarks.Runtime;

internal sealed record RuntimeBenchmarkSettings(int SmallInstances, int LargeInstances, int Sample);

/// <summary>
/// Starts of a two-human-step workflow to its first bookmark, resumes by stimulus at a small and a large number of
/// suspended instances, and the raw single-row-update rate, all on SQLite files in one temp folder in one run. The
/// small size is reached by starts; the large one by cloning suspended instances, then sampled.
/// </summary>
internal static class RuntimeBenchmark
{
    private const int Parallelism = 4;
    private const int WarmUpInstances = 100;

    public static async Task RunAsync(RuntimeBenchmarkSettings settings, TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), "planworkflows-benchmark", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var raw = await RawSqliteBaseline.UpdatesPerSecondAsync(Path.Combine(folder, "raw.db"), settings.Sample);
            var databasePath = Path.Combine(folder, "engine.db");
            await using var services = BuildServices(databasePath);
            await EngineDatabase.MigrateAsync(services);
            var definitionId = await PublishAsync(services);
            var runtime = services.GetRequiredService<IWorkflowRuntime>();

            var (small, large) = (settings.SmallInstances, settings.LargeInstances);
            await WarmUpAsync(runtime, definitionId, firstIndex: large + settings.Sample);
            var smallStarts = await MeasureAsync(Enumerable.Range(0, small), index => StartAsync(runtime, definitionId, index));
            var smallResumes = await MeasureAsync(Enumerable.Range(0, settings.Sample), index => ResumeAsync(runtime, index));
            await SuspendedInstanceSeeder.CloneAsync(databasePath, InstanceId(small - 1), small, large - 1);
            var largeResumes = await MeasureAsync(Enumerable.Range(large - settings.Sample, settings.Sample), index => ResumeAsync(runtime, index));
            var largeStarts = await MeasureAsync(Enumerable.Range(large, settings.Sample), index => StartAsync(runtime, definitionId, index));
            var peakMegabytes = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);

            Report(output, settings, raw, (smallStarts, smallResumes), (largeStarts, largeResumes), peakMegabytes);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ServiceProvider BuildServices(string databasePath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = $"Data Source={databasePath}" })
            .Build();
        return new ServiceCollection()
            .AddSingleton<IWorkflowExecutor>(new TwoStepExecutor(TimeProvider.System))
            .AddWorkflowRuntime(configuration)
            .BuildServiceProvider();
    }

    private static async Task<string> PublishAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<IWorkflowDefinitionStore>();
        var draft = await store.SaveDraftAsync(new WorkflowDefinitionDraft
        {
            Name = "two-human-steps",
            Data = """{"name":"two-human-steps","root":{"type":"Elsa.Flowchart","id":"flowchart","activities":[]}}""",
        });
        await store.PublishAsync(draft.DefinitionId);
        return draft.DefinitionId;
    }

    /// <summary>Compiles the burst path and fills the connection pool and definition cache before anything is timed.</summary>
    private static async Task WarmUpAsync(IWorkflowRuntime runtime, string definitionId, int firstIndex)
    {
        var indexes = Enumerable.Range(firstIndex, WarmUpInstances).ToList();
        await MeasureAsync(indexes, index => StartAsync(runtime, definitionId, index));
        await MeasureAsync(indexes, index => ResumeAsync(runtime, index));
    }

    private static Task StartAsync(IWorkflowRuntime runtime, string definitionId, int index) =>
        runtime.StartAsync(definitionId, new StartOptions { InstanceId = InstanceId(index) });

    private static Task ResumeAsync(IWorkflowRuntime runtime, int index) =>
        runtime.TriggerAsync(new Stimulus(TwoStepExecutor.ActivityType, TwoStepExecutor.StepHash(1, InstanceId(index))));

    private static string InstanceId(int index) => index.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>Operations per second over the whole batch, with <see cref="Parallelism"/> callers.</summary>
    private static async Task<double> MeasureAsync(IEnumerable<int> indexes, Func<int, Task> operation)
    {
        var items = indexes.ToList();
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            items, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (index, _) => await operation(index));
        return items.Count / stopwatch.Elapsed.TotalSeconds;
    }

    private static void Report(
        TextWriter output,
        RuntimeBenchmarkSettings settings,
        double raw,
        (double Starts, double Resumes) small,
        (double Starts, double Resumes) large,
        double peakMegabytes)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Measure | {settings.SmallInstances:N0} instances | {settings.LargeInstances:N0} instances | Target |"));
        output.WriteLine("|---|---:|---:|---|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Starts to first bookmark (instances/s) | {small.Starts:N0} | {large.Starts:N0} | ≥ 10,000 |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Resumes by stimulus (events/s) | {small.Resumes:N0} | {large.Resumes:N0} | ≥ 5,000 |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Resumes, large ÷ small | | {large.Resumes / small.Resumes:P0} | ≥ 85% |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Raw SQLite, one single-row UPDATE per transaction (tx/s) | {raw:N0} | | baseline |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Resumes ÷ raw rate | {small.Resumes / raw:P0} | {large.Resumes / raw:P0} | ≥ 25% |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Peak working set (MB) | | {peakMegabytes:N0} | < 300 |"));
    }
}
