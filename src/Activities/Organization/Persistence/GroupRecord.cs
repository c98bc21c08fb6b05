namespace PlanWorkflows.Activities.Organization.Persistence;

/// <summary>A group of units as the directory stores it; <see cref="UnitGroup"/> is its read form.</summary>
public sealed class GroupRecord
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public List<string> Aliases { get; init; } = [];

    public List<string> MemberIds { get; init; } = [];

    public UnitGroup ToGroup() => new(Id, Name, Aliases, MemberIds);

    public static GroupRecord From(UnitGroup group) => new()
    {
        Id = group.Id,
        Name = group.Name,
        Aliases = [.. group.Aliases],
        MemberIds = [.. group.MemberIds],
    };
}
