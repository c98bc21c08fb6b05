namespace PlanWorkflows.Engine.Runtime.Expressions.JavaScript;

/// <summary>Limits on every JavaScript expression; a script that exceeds one faults its activity.</summary>
public sealed record JavaScriptOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    public long MemoryLimitBytes { get; init; } = 16 * 1024 * 1024;

    public int RecursionLimit { get; init; } = 256;

    public int StatementLimit { get; init; } = 1_000_000;
}
