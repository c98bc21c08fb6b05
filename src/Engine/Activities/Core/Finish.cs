using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Primitives", "Mark the workflow as finished.")]
public sealed class Finish : Activity, ITerminalActivity;
