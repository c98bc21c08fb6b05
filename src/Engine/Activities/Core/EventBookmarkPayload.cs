namespace PlanWorkflows.Engine.Activities.Core;

/// <summary>Elsa's bookmark payload of an <see cref="Event"/>; an event stimulus is hashed from the same shape.</summary>
public sealed record EventBookmarkPayload(string EventName)
{
    /// <summary>The resume-input key under which a published event's payload travels (Elsa's key).</summary>
    public const string PayloadInputKey = "__EventPayloadWorkflowInput";
}
