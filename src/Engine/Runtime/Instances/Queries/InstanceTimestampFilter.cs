namespace PlanWorkflows.Engine.Runtime.Instances.Queries;

/// <summary>Compares one of an instance's instants with a value (Elsa's <c>TimestampFilter</c>).</summary>
public sealed record InstanceTimestampFilter(InstanceTimestamp Column, TimestampComparison Comparison, DateTimeOffset Timestamp);

/// <summary>The instants of an instance a list can be filtered on.</summary>
public enum InstanceTimestamp
{
    CreatedAt,
    UpdatedAt,
    FinishedAt,
}

/// <summary>Elsa's <c>TimestampFilterOperator</c>: how the instant compares with the filter's value.</summary>
public enum TimestampComparison
{
    Is,
    IsNot,
    LessThan,
    GreaterThan,
    LessThanOrEqual,
    GreaterThanOrEqual,
}
