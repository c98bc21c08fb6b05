using System.Globalization;
using PlanWorkflows.Engine.Benchmarks.Runtime;

// Usage: dotnet run -c Release --project benchmarks/PlanWorkflows.Engine.Benchmarks -- [small=10000] [large=100000] [sample=5000]
var sizes = args.Select(argument => int.Parse(argument, CultureInfo.InvariantCulture)).ToArray();
var settings = new RuntimeBenchmarkSettings(
    SmallInstances: sizes.ElementAtOrDefault(0) is > 0 and var small ? small : 10_000,
    LargeInstances: sizes.ElementAtOrDefault(1) is > 0 and var large ? large : 100_000,
    Sample: sizes.ElementAtOrDefault(2) is > 0 and var sample ? sample : 5_000);
await RuntimeBenchmark.RunAsync(settings, Console.Out);
