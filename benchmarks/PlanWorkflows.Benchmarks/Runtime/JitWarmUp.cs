using Microsoft.Data.Sqlite;

namespace PlanWorkflows.Benchmarks.Runtime;

/// <summary>
/// Brings the runtime's code to its steady state before anything is measured: .NET's tiered compilation recompiles
/// hot methods with profile data in the background, which takes longer than one 1,000-operation iteration, so a
/// measurement right after one warm-up iteration timed the JIT as much as the runtime. The warm-up runs on its own
/// throw-away file, so the measured database holds exactly the instances the case names.
/// </summary>
internal static class JitWarmUp
{
    private const int Instances = 20_000;

    public static async Task RunAsync(string folder)
    {
        var databasePath = Path.Combine(folder, "warm-up.db");
        await using (var runtime = await BenchmarkRuntime.CreateAsync(databasePath))
        {
            await runtime.StartAsync(Enumerable.Range(0, Instances));
            await runtime.ResumeFirstStepAsync(Enumerable.Range(0, Instances));
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(folder, "warm-up.db*"))
        {
            File.Delete(file);
        }
    }
}
