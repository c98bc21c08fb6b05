using System.Text.Json;
using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;

namespace PlanWorkflows.Engine.Validation;

/// <summary>Which outcome ports an activity has: its descriptor's flow ports, or the literal values of its dynamic-outcomes input.</summary>
internal static class OutcomePorts
{
    public static bool Allows(ActivityNode node, ActivityDescriptor? descriptor, string port)
    {
        if (descriptor is null)
        {
            return true;
        }

        if (descriptor.DynamicOutcomesInput is { } outcomesInput)
        {
            var outcomes = DynamicOutcomes(node.FindInput(outcomesInput.Name));
            return outcomes is null || outcomes.Contains(port);
        }

        return descriptor.FlowPortNames.Contains(port);
    }

    /// <summary>The outcomes a Literal or Object value lists; null when they are only known at run time.</summary>
    private static HashSet<string>? DynamicOutcomes(ActivityInputValue? value)
    {
        var node = value?.Expression.Value;
        if (value is null || value.Expression.Type is not (Expression.LiteralType or "Object") || node is null)
        {
            return null;
        }

        var list = node is JsonValue text && text.TryGetValue<string>(out var json) ? ParseList(json) : node as JsonArray;
        return list?.Select(item => item?.ToString() ?? "").ToHashSet();
    }

    private static JsonArray? ParseList(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonArray;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
