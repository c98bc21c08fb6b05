using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Flow", "A milestone activity that marks the end of a flowchart.")]
public sealed class End : Activity, ITerminalActivity;
