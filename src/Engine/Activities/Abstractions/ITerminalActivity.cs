namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>Marks an activity that ends its flow and has no outcome ports (descriptor <c>isTerminal</c>).</summary>
public interface ITerminalActivity;
