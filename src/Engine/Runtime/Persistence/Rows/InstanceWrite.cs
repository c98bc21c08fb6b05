namespace PlanWorkflows.Engine.Runtime.Persistence.Rows;

/// <summary>How a burst writes its instance row.</summary>
internal enum InstanceWrite
{
    /// <summary>A new instance's first burst.</summary>
    Insert,

    /// <summary>Every changing column, from the revision the burst read.</summary>
    Update,

    /// <summary>Only the state and its bookkeeping, when no indexed column changed.</summary>
    UpdateState,
}
