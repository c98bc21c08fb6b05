namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>Marks an activity that suspends the flow on a bookmark (a timer, an event, a human step).</summary>
public interface IBlockingActivity;
