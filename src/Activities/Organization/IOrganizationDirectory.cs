namespace PlanWorkflows.Activities.Organization;

/// <summary>
/// The units a plan can address, looked up by how documents write them. Lookups ignore case, accents, tone-mark
/// placement, punctuation and the usual abbreviations (UBND, LĐ-TB&amp;XH, GD&amp;ĐT ...).
/// </summary>
public interface IOrganizationDirectory
{
    /// <summary>Resolves a mention as written to a unit or a group valid on <paramref name="date"/> (any date when null).</summary>
    UnitResolution? Resolve(string mention, DateOnly? date);

    /// <summary>The unit with this id, or null.</summary>
    OrganizationUnit? FindUnit(string unitId);

    /// <summary>The group with this id, or null.</summary>
    UnitGroup? FindGroup(string groupId);
}
