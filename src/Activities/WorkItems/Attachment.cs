namespace PlanWorkflows.Activities.WorkItems;

/// <summary>Metadata of a file attached to a work item action; the file itself lives at <paramref name="Uri"/>.</summary>
public sealed record Attachment(string Name, long Size, string ContentType, string Uri);
