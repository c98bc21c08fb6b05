namespace PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

/// <summary>Which executor the harness's nodes run bursts with.</summary>
internal enum HarnessExecutor
{
    /// <summary><see cref="ScriptedExecutor"/>: the runtime under test alone, with workflows chosen by name.</summary>
    Scripted,

    /// <summary>The engine's own executor running real Elsa definitions.</summary>
    Engine,
}
