namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>A resume names a bookmark whose activity is no longer waiting in the instance.</summary>
public sealed class BookmarkNotFoundException(string message) : Exception(message);
