using System.Text.Json;
using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Serialization;
using PlanWorkflows.Host.Auth;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>
/// Turns definitions into the JSON the Elsa API answers with (<c>LinkedWorkflowDefinitionModel</c>,
/// <c>LinkedWorkflowDefinitionSummary</c>), with the links the calling user may follow.
/// </summary>
internal sealed class DefinitionLinker(IHttpContextAccessor httpContextAccessor, IStudioPermissions permissions)
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public async Task<JsonObject> LinkAsync(WorkflowDefinition definition)
    {
        var json = WorkflowDefinitionSerializer.ToJson(definition);
        json["materializerName"] = WorkflowDefinitionDraft.JsonMaterializerName;
        json["providerName"] = null;
        json["links"] = ToJson(DefinitionLinks.ForDefinition(definition.DefinitionId, await MayEditAsync() && !definition.IsReadonly));
        return json;
    }

    public async Task<IReadOnlyList<JsonObject>> LinkAsync(IEnumerable<WorkflowDefinition> definitions)
    {
        var linked = new List<JsonObject>();
        foreach (var definition in definitions)
        {
            linked.Add(await LinkAsync(definition));
        }

        return linked;
    }

    public async Task<PagedListResponse<LinkedDefinitionSummary>> LinkAsync(IReadOnlyList<WorkflowDefinitionSummary> summaries, long totalCount)
    {
        var mayEdit = await MayEditAsync();
        var items = summaries
            .Select(summary => LinkedDefinitionSummary.From(summary, DefinitionLinks.ForDefinition(summary.DefinitionId, mayEdit && !summary.IsReadonly)))
            .ToList();
        return new PagedListResponse<LinkedDefinitionSummary>(items, totalCount, DefinitionLinks.ForList(mayEdit));
    }

    private Task<bool> MayEditAsync() =>
        permissions.MayEditWorkflowsAsync(httpContextAccessor.HttpContext?.User ?? new System.Security.Claims.ClaimsPrincipal());

    private static JsonNode ToJson(IReadOnlyList<Link> links) => JsonSerializer.SerializeToNode(links, WebJson)!;
}
