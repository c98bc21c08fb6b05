using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Engine.Activities.Core;

[Activity("Elsa", "Flow", "A milestone activity that marks the start of a flowchart.")]
public sealed class Start : Activity, IStartActivity;
