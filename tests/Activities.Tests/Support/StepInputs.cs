using System.Text.Json.Nodes;

namespace PlanWorkflows.Activities.Tests.Support;

/// <summary>Inputs of a plan step as the compiler writes them: task II.2-a of the sample plan, monitored by Phòng LĐTBXH.</summary>
internal static class StepInputs
{
    /// <summary>Monday 21 April 2025, 08:00 in Vietnam.</summary>
    public static readonly DateTimeOffset Monday = new(2025, 4, 21, 1, 0, 0, TimeSpan.Zero);

    /// <summary>Tuesday 29 April 2025, the eve of the 30/4–4/5 holidays.</summary>
    public static readonly DateOnly DueDate = new(2025, 4, 29);

    public static JsonObject Task(string unitsInput, params string[] units)
    {
        var inputs = new JsonObject
        {
            ["planId"] = StepDefinition.Literal("String", "kh-kon-ray-2024"),
            ["taskId"] = StepDefinition.Literal("String", "II.2-a"),
            ["title"] = StepDefinition.Literal("String", "Tuyên truyền về quyền trẻ em"),
            ["dueDate"] = StepDefinition.Literal("DateTime", DueDate.ToString("yyyy-MM-dd")),
            ["monitoringUnit"] = StepDefinition.Literal("String", "phong-ldtbxh"),
            ["issuingUnit"] = StepDefinition.Literal("String", "ubnd-huyen-kon-ray"),
        };
        inputs[unitsInput] = StepDefinition.Strings(units);
        return inputs;
    }

    public static JsonObject With(this JsonObject inputs, string name, string typeName, JsonNode? value)
    {
        inputs[name] = StepDefinition.Literal(typeName, value);
        return inputs;
    }

    public static JsonObject Without(this JsonObject inputs, string name)
    {
        inputs.Remove(name);
        return inputs;
    }
}
