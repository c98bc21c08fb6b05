namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>
/// The links Elsa's server puts on definitions and on the definition list. Links for writes are added only for
/// callers who may edit: without <c>publish</c> Studio opens a definition read-only, without <c>bulk-publish</c> the
/// list is read-only.
/// </summary>
internal static class DefinitionLinks
{
    public static IReadOnlyList<Link> ForDefinition(string definitionId, bool mayEdit)
    {
        var path = $"/workflow-definitions/{definitionId}";
        List<Link> links =
        [
            new($"/workflow-definitions/by-definition-id/{definitionId}", "self", "GET"),
            new($"{path}/versions", "versions", "GET"),
            new($"{path}/execute", "execute", "POST"),
            new($"{path}/export", "export", "GET"),
        ];
        if (mayEdit)
        {
            links.AddRange(
            [
                new($"{path}/publish", "publish", "POST"),
                new($"{path}/retract", "retract", "POST"),
                new(path, "delete", "DELETE"),
                new($"{path}/update-references", "update-references", "POST"),
            ]);
        }

        return links;
    }

    public static IReadOnlyList<Link> ForList(bool mayEdit)
    {
        List<Link> links =
        [
            new("/workflow-definitions", "self", "GET"),
            new("/workflow-definitions/validation/is-name-unique", "is-name-unique", "GET"),
            new("/workflow-definitions/query/count", "count", "GET"),
            new("/workflow-definitions/many-by-id", "many-by-id", "GET"),
        ];
        if (mayEdit)
        {
            links.AddRange(
            [
                new("/bulk-actions/delete/workflow-definitions/by-definition-id", "bulk-delete-by-definition-id", "POST"),
                new("/bulk-actions/delete/workflow-definitions/by-id", "bulk-delete-by-id", "POST"),
                new("/bulk-actions/publish/workflow-definitions/by-definition-ids", "bulk-publish", "POST"),
                new("/bulk-actions/retract/workflow-definitions/by-definition-ids", "bulk-retract", "POST"),
                new("/workflow-definitions/import", "import", "POST"),
                new("/workflow-definitions/import-files", "import-files", "POST"),
                new("/workflow-definitions", "create", "POST"),
            ]);
        }

        return links;
    }
}
