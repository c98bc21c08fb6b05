namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>Marks an activity that holds child activities (descriptor <c>isContainer</c>).</summary>
public interface IContainerActivity;
