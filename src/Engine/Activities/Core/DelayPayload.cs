namespace PlanWorkflows.Engine.Activities.Core;

/// <summary>Elsa's bookmark payload of a <see cref="Delay"/>.</summary>
public sealed record DelayPayload(DateTimeOffset ResumeAt);
