namespace PlanWorkflows.Activities.SignOffs;

/// <summary>When the coordinating units' sign-offs count as approval.</summary>
public enum SignOffPolicy
{
    /// <summary>Every coordinating unit approves.</summary>
    All,

    /// <summary>One approval is enough.</summary>
    Any,

    /// <summary>At least <c>Quorum</c> units approve.</summary>
    Quorum,
}
