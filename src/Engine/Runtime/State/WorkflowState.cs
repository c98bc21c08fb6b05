using System.Text.Json.Nodes;

namespace PlanWorkflows.Engine.Runtime.State;

/// <summary>
/// Everything an instance needs to continue after a restart (Elsa's <c>WorkflowState</c>). The runtime stores it as
/// JSON on the instance row; <see cref="ExecutionState"/> is written by the executor (its running activities, with their
/// flowchart counters) and read back by it on the next burst.
/// </summary>
public sealed record WorkflowState
{
    public required string Id { get; init; }

    public required string DefinitionId { get; init; }

    /// <summary>The id of the definition version the instance runs (Elsa's <c>definitionVersionId</c>).</summary>
    public required string DefinitionVersionId { get; init; }

    public int DefinitionVersion { get; init; }

    public string? CorrelationId { get; init; }

    public string? Name { get; init; }

    public WorkflowStatus Status { get; init; } = WorkflowStatus.Running;

    public WorkflowSubStatus SubStatus { get; init; } = WorkflowSubStatus.Pending;

    /// <summary>Workflow variables by variable id, as JSON values.</summary>
    public JsonObject Variables { get; init; } = [];

    public JsonObject Input { get; init; } = [];

    public JsonObject Output { get; init; } = [];

    public JsonObject Properties { get; init; } = [];

    /// <summary>The bookmarks the instance waits on; the runtime mirrors them into the indexed bookmark table.</summary>
    public IReadOnlyList<Bookmark> Bookmarks { get; init; } = [];

    public IReadOnlyList<Incident> Incidents { get; init; } = [];

    /// <summary>The executor's own state: the running activities, with their flowchart visit counters.</summary>
    public ExecutionState ExecutionState { get; init; } = new();

    /// <summary>The last journal sequence number used, so the next burst continues the order.</summary>
    public long JournalSequence { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }
}
