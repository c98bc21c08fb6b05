namespace PlanWorkflows.Engine.Persistence;

/// <summary>The persistence settings name a provider or connection that the engine cannot use.</summary>
public sealed class PersistenceConfigurationException(string message) : Exception(message);
