using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;

namespace PlanWorkflows.Benchmarks.Runtime;

/// <summary>
/// The durable runtime on SQLite with the engine's executor, at 10k and 100k suspended instances of a two-human-step
/// workflow: starts to the first bookmark and resumes by event (each call one burst; 64 callers at once, so bursts
/// share group commits), against one single-row UPDATE per transaction on a file with the same settings. The first
/// 1,000 instances are started through the runtime; the rest are clones of a suspended one. The JIT is warmed up
/// first on a throw-away file (<see cref="JitWarmUp"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class RuntimeBenchmarks
{
    private const int Batch = 1_000;
    private const int StartedInstances = 1_000;
    private const int ResumeStride = 7_919;

    private string folder = string.Empty;
    private BenchmarkRuntime runtime = null!;
    private RawSqliteCounters raw = null!;
    private int resumed;
    private int started;

    [Params(10_000, 100_000)]
    public int Instances { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        folder = Directory.CreateTempSubdirectory("planworkflows-runtime-benchmark-").FullName;
        await JitWarmUp.RunAsync(folder);
        raw = await RawSqliteCounters.CreateAsync(Path.Combine(folder, "raw.db"));
        var databasePath = Path.Combine(folder, "engine.db");
        runtime = await BenchmarkRuntime.CreateAsync(databasePath);
        await runtime.StartAsync(Enumerable.Range(0, StartedInstances));
        await SuspendedInstanceSeeder.CloneAsync(databasePath, StartedInstances - 1, StartedInstances, Instances - 1);
        started = Instances;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch, Description = "Raw single-row UPDATE transaction")]
    public async Task RawUpdate()
    {
        for (var operation = 0; operation < Batch; operation++)
        {
            await raw.IncrementAsync();
        }
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "Start to first bookmark")]
    public Task Start() => runtime.StartAsync(Enumerable.Range(Interlocked.Add(ref started, Batch) - Batch, Batch));

    /// <summary>Resumes the first step of instances spread over the whole table, each once.</summary>
    [Benchmark(OperationsPerInvoke = Batch, Description = "Resume by event")]
    public Task Resume() => runtime.ResumeFirstStepAsync(
        Enumerable.Range(Interlocked.Add(ref resumed, Batch) - Batch, Batch).Select(order => (int)((long)order * ResumeStride % Instances)));

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        Console.WriteLine($"// Peak working set with {Instances:N0} instances: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB");
        await runtime.DisposeAsync();
        await raw.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
