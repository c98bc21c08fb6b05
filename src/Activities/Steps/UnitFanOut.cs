using PlanWorkflows.Activities.Organization;

namespace PlanWorkflows.Activities.Steps;

/// <summary>
/// Turns a step's unit and group references into the units that get a work item: a group fans out to its members
/// valid on the date, an abolished unit hands over to its successor.
/// </summary>
internal sealed class UnitFanOut(IOrganizationDirectory directory)
{
    /// <exception cref="UnknownUnitException">A reference is neither a unit, a group nor a name the directory resolves.</exception>
    public IReadOnlyList<string> Expand(IEnumerable<string> references, DateOnly date) =>
        [.. references.SelectMany(reference => Resolve(reference, date)).Distinct(StringComparer.Ordinal)];

    private IEnumerable<string> Resolve(string reference, DateOnly date)
    {
        if (directory.FindGroup(reference) is { } group)
        {
            return group.MemberIds.Where(id => directory.FindUnit(id)?.IsValidOn(date) == true);
        }

        if (directory.FindUnit(reference) is { } unit)
        {
            return [CurrentUnitOf(unit, date).Id];
        }

        return directory.Resolve(reference, date)?.UnitIds ?? throw new UnknownUnitException(reference);
    }

    private OrganizationUnit CurrentUnitOf(OrganizationUnit unit, DateOnly date) =>
        !unit.IsValidOn(date) && unit.SuccessorId is { } successorId && directory.FindUnit(successorId) is { } successor
            ? CurrentUnitOf(successor, date)
            : unit;
}
