namespace PlanWorkflows.Engine.Tests.Runtime.Conformance;

/// <summary>What MANIFEST.md says a fixture does when run by Elsa's run-until-end harness (counter mode).</summary>
public sealed record FixtureExpectation(string File, IReadOnlyList<string> Lines)
{
    public string? InputJson { get; init; }

    public string? CorrelationId { get; init; }

    public override string ToString() => File;
}
