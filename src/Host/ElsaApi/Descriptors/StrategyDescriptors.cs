namespace PlanWorkflows.Host.ElsaApi.Descriptors;

/// <summary>
/// Workflow options Studio offers as drop-downs, named by Elsa's type names so definitions exchanged with an Elsa
/// server keep their meaning.
/// </summary>
internal static class StrategyDescriptors
{
    private const string CoreAssembly = "Elsa.Workflows.Core";

    public static IReadOnlyList<StrategyDescriptor> Activation { get; } =
    [
        new(Type("Elsa.Workflows.ActivationValidators.AllowAlwaysStrategy"), "Always",
            "Always allow the creation of a new workflow instance."),
        new(Type("Elsa.Workflows.ActivationValidators.SingletonStrategy"), "Singleton",
            "Only allow a new instance when no other instance of the workflow is running."),
        new(Type("Elsa.Workflows.ActivationValidators.CorrelationStrategy"), "Correlation",
            "Only allow a new instance when none with the same correlation ID exists."),
        new(Type("Elsa.Workflows.ActivationValidators.CorrelatedSingletonStrategy"), "Correlated singleton",
            "Only allow a new instance when none with the same correlation ID is running."),
    ];

    public static IReadOnlyList<StrategyDescriptor> Incident { get; } =
    [
        new(Type("Elsa.Workflows.IncidentStrategies.ContinueWithIncidentsStrategy"), "Continue with incidents",
            "Record the incident and let the other paths of the workflow go on."),
        new(Type("Elsa.Workflows.IncidentStrategies.FaultStrategy"), "Fault",
            "Record the incident and put the workflow instance in the Faulted state."),
    ];

    public static IReadOnlyList<StrategyDescriptor> LogPersistence { get; } =
    [
        new(Type("Elsa.Workflows.LogPersistence.Strategies.Inherit"), "Inherit", "Use the setting of the parent."),
        new(Type("Elsa.Workflows.LogPersistence.Strategies.Include"), "Include", "Store inputs and outputs in the journal."),
        new(Type("Elsa.Workflows.LogPersistence.Strategies.Exclude"), "Exclude", "Leave inputs and outputs out of the journal."),
    ];

    public static IReadOnlyList<StorageDriverDescriptor> StorageDrivers { get; } =
    [
        new(Type("Elsa.Workflows.WorkflowInstanceStorageDriver"), "Workflow Instance", Priority: 5, Deprecated: false),
        new(Type("Elsa.Workflows.MemoryStorageDriver"), "Memory", Priority: 0, Deprecated: false),
    ];

    private static string Type(string fullName) => $"{fullName}, {CoreAssembly}";
}
