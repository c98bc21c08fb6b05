namespace PlanWorkflows.Engine.Persistence;

/// <summary>Sort direction of a list query (Elsa's <c>OrderDirection</c>).</summary>
public enum OrderDirection
{
    Ascending,
    Descending,
}
