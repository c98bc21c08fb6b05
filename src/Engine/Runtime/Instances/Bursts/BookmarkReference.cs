namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>A bookmark found in the bookmark table: enough to find it again in its instance's state.</summary>
internal sealed record BookmarkReference(string Id, string WorkflowInstanceId, string Hash);

/// <summary>What a resume does when its bookmark was consumed by a concurrent burst.</summary>
internal enum ConsumedBookmarkPolicy
{
    /// <summary>Resume the instance's bookmark with the same hash (a loop waiting for the same event again).</summary>
    ResumeSameHash,

    /// <summary>Do nothing: a timer fires exactly the bookmark it claimed.</summary>
    Skip,
}
