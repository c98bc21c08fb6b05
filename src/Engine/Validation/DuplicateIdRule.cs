using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Validation;

/// <summary>Two activities of one flowchart share an id, so connections cannot tell them apart.</summary>
internal static class DuplicateIdRule
{
    public static IEnumerable<DefinitionError> Check(ActivityNode flowchart) =>
        flowchart.Children
            .GroupBy(child => child.Id)
            .Where(group => group.Count() > 1)
            .SelectMany(group => group.Skip(1))
            .Select(duplicate => ActivityLabel.Error(duplicate, "id", $"the id is used by more than one activity in flowchart '{flowchart.Id}'."));
}
