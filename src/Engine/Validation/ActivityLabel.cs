using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Validation;

internal static class ActivityLabel
{
    public static string Of(ActivityNode node) => $"Activity '{node.Id}' ({node.Type})";

    public static DefinitionError Error(ActivityNode node, string property, string problem) =>
        new($"{Of(node)}, {property}: {problem}") { ActivityId = node.Id, ActivityType = node.Type, Property = property };
}
