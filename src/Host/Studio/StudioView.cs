namespace PlanWorkflows.Host.Studio;

/// <summary>One of the Studio custom elements a host page shows, with the attribute that selects what it shows.</summary>
internal sealed record StudioView(string Title, string ElementName, StudioElementAttribute? Attribute = null)
{
    public static StudioView DefinitionList { get; } =
        new("Quy trình · Workflow definitions", "elsa-workflow-definition-list");

    public static StudioView InstanceList { get; } =
        new("Phiên chạy · Workflow instances", "elsa-workflow-instance-list");

    public static StudioView DefinitionEditor(string definitionId) =>
        new("Thiết kế quy trình · Designer", "elsa-workflow-definition-editor", new("definition-id", definitionId));

    public static StudioView InstanceViewer(string instanceId) =>
        new("Xem phiên chạy · Instance viewer", "elsa-workflow-instance-viewer", new("instance-id", instanceId));
}

internal sealed record StudioElementAttribute(string Name, string Value);
