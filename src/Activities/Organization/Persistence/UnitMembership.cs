namespace PlanWorkflows.Activities.Organization.Persistence;

/// <summary>A user's place in a unit: an officer works the unit's inbox, a leader reads it.</summary>
public sealed class UnitMembership
{
    public required string UserName { get; init; }

    public required string UnitId { get; init; }

    public required UnitRole Role { get; init; }
}

/// <summary>What a member does in the unit.</summary>
public enum UnitRole
{
    Officer,
    Leader,
}
