using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace PlanWorkflows.Benchmarks.Runtime;

/// <summary>Adds operations per second (instances/s, events/s, transactions/s) beside the mean time per operation.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
}
