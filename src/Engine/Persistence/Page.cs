namespace PlanWorkflows.Engine.Persistence;

/// <summary>One page of a list query and the number of items matching the query on all pages.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long TotalCount);
