using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Host.ElsaApi.Instances;

/// <summary>Elsa's <c>WorkflowState</c> as Studio's instance viewer reads it.</summary>
internal sealed record WorkflowStateResponse
{
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }
    public required string DefinitionVersionId { get; init; }
    public int DefinitionVersion { get; init; }
    public string? CorrelationId { get; init; }
    public WorkflowStatus Status { get; init; }
    public WorkflowSubStatus SubStatus { get; init; }
    public required IReadOnlyList<BookmarkResponse> Bookmarks { get; init; }
    public required IReadOnlyList<IncidentResponse> Incidents { get; init; }
    public FaultResponse? Fault { get; init; }
    public IReadOnlyList<JsonObject> CompletionCallbacks { get; init; } = [];
    public required IReadOnlyList<ActivityExecutionContextResponse> ActivityExecutionContexts { get; init; }
    public required JsonObject Input { get; init; }
    public required JsonObject Output { get; init; }
    public required JsonObject Properties { get; init; }
    public long ExecutionLogSequence { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    public static WorkflowStateResponse From(WorkflowState state) => new()
    {
        Id = state.Id,
        DefinitionId = state.DefinitionId,
        DefinitionVersionId = state.DefinitionVersionId,
        DefinitionVersion = state.DefinitionVersion,
        CorrelationId = state.CorrelationId,
        Status = state.Status,
        SubStatus = state.SubStatus,
        Bookmarks = state.Bookmarks.Select(BookmarkResponse.From).ToList(),
        Incidents = state.Incidents.Select(IncidentResponse.From).ToList(),
        Fault = state.SubStatus == WorkflowSubStatus.Faulted && state.Incidents.Count > 0 ? FaultResponse.From(state.Incidents[^1]) : null,
        ActivityExecutionContexts = ActivityExecutionContextResponse.Read(state.ExecutionState),
        Input = (JsonObject)state.Input.DeepClone(),
        Output = (JsonObject)state.Output.DeepClone(),
        Properties = (JsonObject)state.Properties.DeepClone(),
        ExecutionLogSequence = state.JournalSequence,
        CreatedAt = state.CreatedAt,
        UpdatedAt = state.UpdatedAt,
        FinishedAt = state.FinishedAt,
    };
}

/// <summary>Elsa's <c>Bookmark</c>: <c>name</c> is the activity type that waits.</summary>
internal sealed record BookmarkResponse(
    string Id,
    string Name,
    string Hash,
    JsonNode? Payload,
    string ActivityId,
    string ActivityNodeId,
    string ActivityInstanceId,
    string? CorrelationId,
    string? CallbackMethodName,
    DateTimeOffset CreatedAt)
{
    public static BookmarkResponse From(Bookmark bookmark) => new(
        bookmark.Id,
        bookmark.ActivityTypeName,
        bookmark.Hash,
        bookmark.Payload?.DeepClone(),
        bookmark.ActivityId,
        bookmark.ActivityNodeId,
        bookmark.ActivityInstanceId,
        bookmark.CorrelationId,
        bookmark.CallbackMethodName,
        bookmark.CreatedAt);
}

/// <summary>Elsa's <c>ExceptionState</c>.</summary>
internal sealed record ExceptionResponse(string Type, string Message, string? StackTrace);

/// <summary>Elsa's <c>ActivityIncident</c>.</summary>
internal sealed record IncidentResponse(
    string ActivityId, string ActivityNodeId, string ActivityType, string Message, ExceptionResponse Exception, DateTimeOffset Timestamp)
{
    public static IncidentResponse From(Incident incident) => new(
        incident.ActivityId,
        incident.ActivityNodeId,
        incident.ActivityType,
        incident.Message,
        new ExceptionResponse(incident.ExceptionType, incident.Message, incident.StackTrace),
        incident.Timestamp);
}

/// <summary>Elsa's <c>WorkflowFaultState</c>: the fault that ended a faulted instance.</summary>
internal sealed record FaultResponse(ExceptionResponse Exception, string Message, string FaultedActivityId)
{
    public static FaultResponse From(Incident incident) =>
        new(new ExceptionResponse(incident.ExceptionType, incident.Message, incident.StackTrace), incident.Message, incident.ActivityId);
}
