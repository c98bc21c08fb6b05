namespace PlanWorkflows.Engine.Activities.Core;

/// <summary>Elsa's bookmark payload of a <see cref="StartAt"/>.</summary>
public sealed record StartAtPayload(DateTimeOffset ExecuteAt);
