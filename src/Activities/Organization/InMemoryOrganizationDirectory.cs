namespace PlanWorkflows.Activities.Organization;

/// <summary>An <see cref="IOrganizationDirectory"/> over units and groups held in memory.</summary>
public sealed class InMemoryOrganizationDirectory : IOrganizationDirectory
{
    private readonly Dictionary<string, OrganizationUnit> unitsById;
    private readonly Dictionary<string, UnitGroup> groupsById;
    private readonly Dictionary<string, HashSet<string>> unitIdsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> groupIdsByKey = new(StringComparer.Ordinal);

    /// <summary>Creates a directory of <paramref name="units"/> and <paramref name="groups"/>.</summary>
    public InMemoryOrganizationDirectory(IEnumerable<OrganizationUnit> units, IEnumerable<UnitGroup> groups)
    {
        unitsById = units.ToDictionary(unit => unit.Id, StringComparer.Ordinal);
        groupsById = groups.ToDictionary(group => group.Id, StringComparer.Ordinal);
        foreach (var unit in unitsById.Values)
        {
            foreach (var name in unit.Aliases.Prepend(unit.Name))
            {
                var key = UnitNameKey.Of(name);
                if (!unitIdsByKey.TryGetValue(key, out var ids))
                {
                    unitIdsByKey[key] = ids = new HashSet<string>(StringComparer.Ordinal);
                }

                ids.Add(unit.Id);
            }
        }

        foreach (var group in groupsById.Values)
        {
            foreach (var name in group.Aliases.Prepend(group.Name))
            {
                groupIdsByKey[UnitNameKey.Of(name)] = group.Id;
            }
        }
    }

    /// <summary>Every unit, valid or not.</summary>
    public IReadOnlyCollection<OrganizationUnit> Units => unitsById.Values;

    public IReadOnlyCollection<UnitGroup> Groups => groupsById.Values;

    /// <inheritdoc />
    public UnitResolution? Resolve(string mention, DateOnly? date)
    {
        var key = UnitNameKey.Of(mention);
        if (key.Length == 0)
        {
            return null;
        }

        if (groupIdsByKey.TryGetValue(key, out var groupId))
        {
            var members = groupsById[groupId].MemberIds.Where(id => IsValid(id, date)).ToList();
            return new UnitResolution(members, groupId);
        }

        var unitIds = unitIdsByKey.TryGetValue(key, out var ids) ? ids.Where(id => IsValid(id, date)).ToList() : [];
        return unitIds.Count == 1 ? new UnitResolution(unitIds, null) : null;
    }

    /// <inheritdoc />
    public OrganizationUnit? FindUnit(string unitId) => unitsById.GetValueOrDefault(unitId);

    /// <inheritdoc />
    public UnitGroup? FindGroup(string groupId) => groupsById.GetValueOrDefault(groupId);

    private bool IsValid(string unitId, DateOnly? date) =>
        unitsById.TryGetValue(unitId, out var unit) && (date is null || unit.IsValidOn(date.Value));
}
