namespace PlanWorkflows.Activities.Organization;

/// <summary>A unit of the administration (a UBND, a department, a commune, a mass organisation).</summary>
/// <param name="Id">Stable id such as <c>phong-ldtbxh</c>.</param>
/// <param name="Name">Official name.</param>
/// <param name="Kind">Kind such as <c>people-committee</c>, <c>department</c>, <c>commune</c>.</param>
/// <param name="ParentId">The unit it reports to, if any.</param>
/// <param name="Aliases">Other names and abbreviations it is written as.</param>
/// <param name="ValidFrom">First day it exists (inclusive), if known.</param>
/// <param name="ValidTo">Last day it exists (inclusive), if it was abolished.</param>
/// <param name="SuccessorId">The unit that took over its work when it was merged or renamed.</param>
public sealed record OrganizationUnit(
    string Id,
    string Name,
    string Kind,
    string? ParentId,
    IReadOnlyList<string> Aliases,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? SuccessorId = null)
{
    /// <summary>Whether the unit exists on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);
}

/// <summary>A named set of units that a plan addresses at once ("UBND các xã, thị trấn").</summary>
public sealed record UnitGroup(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> MemberIds);

/// <summary>What a mention resolves to: one unit, or a group and its member units.</summary>
/// <param name="UnitIds">The unit ids (one for a unit, every valid member for a group).</param>
/// <param name="GroupId">The group id when the mention names a group.</param>
public sealed record UnitResolution(IReadOnlyList<string> UnitIds, string? GroupId);
