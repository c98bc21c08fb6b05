using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanWorkflows.Engine.Serialization;

/// <summary>Elsa's JSON conventions: camelCase names, case-sensitive reads, enums as strings.</summary>
public static class ElsaJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string CamelCase(string pascalCaseName) => JsonNamingPolicy.CamelCase.ConvertName(pascalCaseName);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
