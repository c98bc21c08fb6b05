using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(PlanWorkflows.Benchmarks.Import.PlanImportBenchmarks).Assembly).Run(args);
