namespace PlanWorkflows.Activities.Organization.Persistence;

/// <summary>A unit as the directory stores it; <see cref="OrganizationUnit"/> is its read form.</summary>
public sealed class UnitRecord
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public required string Kind { get; set; }

    public string? ParentId { get; set; }

    public List<string> Aliases { get; init; } = [];

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>The unit that took over when this one was merged or renamed.</summary>
    public string? SuccessorId { get; set; }

    public OrganizationUnit ToUnit() => new(Id, Name, Kind, ParentId, Aliases, ValidFrom, ValidTo, SuccessorId);

    public static UnitRecord From(OrganizationUnit unit) => new()
    {
        Id = unit.Id,
        Name = unit.Name,
        Kind = unit.Kind,
        ParentId = unit.ParentId,
        Aliases = [.. unit.Aliases],
        ValidFrom = unit.ValidFrom,
        ValidTo = unit.ValidTo,
        SuccessorId = unit.SuccessorId,
    };
}
