using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Instances;

/// <summary>
/// One stored workflow instance: the queried fields as columns and the whole <see cref="WorkflowState"/> as JSON in
/// <see cref="State"/>. <see cref="Revision"/> is the optimistic concurrency token: every burst increments it, and a
/// burst that read an older revision fails to commit and runs again on fresh state.
/// </summary>
public sealed class WorkflowInstance
{
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }
    public required string DefinitionVersionId { get; init; }
    public int Version { get; init; }
    public WorkflowStatus Status { get; private set; }
    public WorkflowSubStatus SubStatus { get; private set; }
    public string? CorrelationId { get; private set; }
    public string? Name { get; private set; }
    public int IncidentCount { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The serialized <see cref="WorkflowState"/>.</summary>
    public string State { get; private set; } = "{}";

    public long Revision { get; private set; } = UnsavedRevision;

    /// <summary>The revision of an instance that has not been stored yet; every stored row has a higher one.</summary>
    internal const long UnsavedRevision = 0;

    internal static WorkflowInstance Create(WorkflowState state) => new()
    {
        Id = state.Id,
        DefinitionId = state.DefinitionId,
        DefinitionVersionId = state.DefinitionVersionId,
        Version = state.DefinitionVersion,
        CreatedAt = state.CreatedAt,
    };

    /// <summary>The stored row of an instance, rebuilt from its state at the revision it was read.</summary>
    internal static WorkflowInstance Restore(WorkflowState state, string serializedState, long revision)
    {
        var instance = Create(state);
        instance.Apply(state, serializedState);
        instance.Revision = revision;
        return instance;
    }

    /// <summary>
    /// True when the state would change none of the indexed columns (status, correlation id, name, finish time), so a
    /// burst only has to rewrite the state and its bookkeeping.
    /// </summary>
    internal bool KeepsIndexedColumns(WorkflowState state) =>
        Status == state.Status && SubStatus == state.SubStatus && CorrelationId == state.CorrelationId
        && Name == state.Name && FinishedAt == state.FinishedAt;

    internal void Apply(WorkflowState state, string serializedState)
    {
        Status = state.Status;
        SubStatus = state.SubStatus;
        CorrelationId = state.CorrelationId;
        Name = state.Name;
        IncidentCount = state.Incidents.Count;
        UpdatedAt = state.UpdatedAt;
        FinishedAt = state.FinishedAt;
        State = serializedState;
        Revision++;
    }
}
