using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Plans.Json;

/// <summary>The Plan's JSON contract: camelCase names, enum values as camelCase strings, dates as YYYY-MM-DD, nulls kept.</summary>
public static class PlanJson
{
    /// <summary>The serializer options of the contract.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The plan as JSON text.</summary>
    public static string Serialize(Plan plan) => JsonSerializer.Serialize(plan, Options);

    /// <summary>A plan from JSON text.</summary>
    /// <exception cref="JsonException">The text is not a plan.</exception>
    public static Plan Deserialize(string json) =>
        JsonSerializer.Deserialize<Plan>(json, Options) ?? throw new JsonException("The JSON holds no plan.");
}
