using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PlanWorkflows.Activities.WorkItems;

namespace PlanWorkflows.Activities.Steps;

/// <summary>What a unit decided on a work item, as the input that resumes the step waiting on it.</summary>
internal sealed record WorkItemDecision(
    string WorkItemId,
    WorkItemActionKind Action,
    string UserName,
    string? Comment,
    IReadOnlyList<Attachment> Attachments,
    string? IdempotencyKey)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public JsonObject ToJson() => JsonSerializer.SerializeToNode(this, Json)!.AsObject();

    /// <exception cref="JsonException">The input is not a decision.</exception>
    public static WorkItemDecision FromJson(JsonObject? input) =>
        input?.Deserialize<WorkItemDecision>(Json) ?? throw new JsonException("A work item step was resumed without a decision.");

    public WorkItemStatus ResultingStatus => Action == WorkItemActionKind.ChangesRequested ? WorkItemStatus.ChangesRequested : WorkItemStatus.Done;
}
