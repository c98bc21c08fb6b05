using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Host.ElsaApi.Instances;

/// <summary>Elsa's <c>WorkflowInstanceSummary</c>: a row of Studio's instance list.</summary>
internal record WorkflowInstanceSummary(
    string Id,
    string DefinitionId,
    string DefinitionVersionId,
    int Version,
    WorkflowStatus Status,
    WorkflowSubStatus SubStatus,
    string? CorrelationId,
    string? Name,
    int IncidentCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt)
{
    public static WorkflowInstanceSummary From(WorkflowInstance instance) => new(
        instance.Id,
        instance.DefinitionId,
        instance.DefinitionVersionId,
        instance.Version,
        instance.Status,
        instance.SubStatus,
        instance.CorrelationId,
        instance.Name,
        instance.IncidentCount,
        instance.CreatedAt,
        instance.UpdatedAt,
        instance.FinishedAt);

    public static WorkflowInstanceSummary From(WorkflowState state) => new(
        state.Id,
        state.DefinitionId,
        state.DefinitionVersionId,
        state.DefinitionVersion,
        state.Status,
        state.SubStatus,
        state.CorrelationId,
        state.Name,
        state.Incidents.Count,
        state.CreatedAt,
        state.UpdatedAt,
        state.FinishedAt);
}

/// <summary>Elsa's <c>WorkflowInstance</c>: the summary's fields plus the whole <c>workflowState</c>.</summary>
internal sealed record WorkflowInstanceResponse : WorkflowInstanceSummary
{
    private WorkflowInstanceResponse(WorkflowInstanceSummary summary, WorkflowStateResponse workflowState)
        : base(summary) => WorkflowState = workflowState;

    /// <summary>Always false: system workflows are Elsa's own, and this server has none.</summary>
    public bool IsSystem { get; }

    public WorkflowStateResponse WorkflowState { get; }

    public static new WorkflowInstanceResponse From(WorkflowState state) =>
        new(WorkflowInstanceSummary.From(state), WorkflowStateResponse.From(state));
}

/// <summary>What the instance viewer polls to know whether to reload: <c>{status, workflowSubStatus, updatedAt}</c>.</summary>
internal sealed record ExecutionStateResponse(WorkflowStatus Status, WorkflowSubStatus WorkflowSubStatus, DateTimeOffset UpdatedAt);

/// <summary>Elsa's <c>ResolvedVariable</c>: a workflow variable's current value.</summary>
internal sealed record ResolvedVariable(string Id, string Name, JsonNode? Value);

/// <summary>Elsa's <c>WorkflowExecutionLogRecord</c>: one journal line.</summary>
internal sealed record WorkflowExecutionLogRecord
{
    public required string Id { get; init; }
    public required string WorkflowInstanceId { get; init; }
    public required string ActivityInstanceId { get; init; }
    public string? ParentActivityInstanceId { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityType { get; init; }
    public int ActivityTypeVersion { get; init; }
    public string? ActivityName { get; init; }
    public required string NodeId { get; init; }
    public DateTimeOffset Timestamp { get; init; }
    public long Sequence { get; init; }
    public required string EventName { get; init; }
    public string? Message { get; init; }
    public string? Source { get; init; }
    public JsonObject ActivityState { get; init; } = [];
    public JsonObject? Payload { get; init; }

    public static WorkflowExecutionLogRecord From(JournalEntry entry) => new()
    {
        Id = entry.Id,
        WorkflowInstanceId = entry.WorkflowInstanceId,
        ActivityInstanceId = entry.ActivityInstanceId,
        ParentActivityInstanceId = entry.ParentActivityInstanceId,
        ActivityId = entry.ActivityId,
        ActivityType = entry.ActivityType,
        ActivityTypeVersion = entry.ActivityTypeVersion,
        ActivityName = entry.ActivityName,
        NodeId = entry.NodeId,
        Timestamp = entry.Timestamp,
        Sequence = entry.Sequence,
        EventName = entry.EventName,
        Message = entry.Message,
        Source = entry.Source,
        Payload = entry.Payload,
    };
}

/// <summary>The bulk instance actions' body: <c>{ ids }</c>.</summary>
internal sealed record InstanceIdsBody(IReadOnlyList<string>? Ids);
