namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>Marks a milestone that starts a flowchart (descriptor <c>isStart</c>).</summary>
public interface IStartActivity;
