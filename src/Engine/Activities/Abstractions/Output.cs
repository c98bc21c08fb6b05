namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>An activity output and the memory block (usually a variable id) it is written to.</summary>
public abstract class Output(string? memoryReferenceId)
{
    public string? MemoryReferenceId { get; } = memoryReferenceId;

    public abstract Type ValueType { get; }

    /// <summary>The activity property the output is bound to; set by the binder.</summary>
    internal string Name { get; set; } = nameof(Output);
}

/// <summary>An output holding a <typeparamref name="T"/>.</summary>
public sealed class Output<T>(string? memoryReferenceId) : Output(memoryReferenceId)
{
    public override Type ValueType => typeof(T);
}
