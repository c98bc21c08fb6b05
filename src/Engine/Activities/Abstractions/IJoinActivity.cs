namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>Marks an activity that merges inbound branches and decides when the flow goes on.</summary>
public interface IJoinActivity;
