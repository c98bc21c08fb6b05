using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

/// <summary>Reads and writes <see cref="VersionOptions"/> as Elsa's string (<c>"Latest"</c>, <c>"3"</c>, …).</summary>
internal sealed class VersionOptionsJsonConverter : JsonConverter<VersionOptions>
{
    public override VersionOptions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String when VersionOptions.TryParse(reader.GetString(), out var parsed) => parsed,
            JsonTokenType.Number when reader.GetInt32() > 0 => VersionOptions.SpecificVersion(reader.GetInt32()),
            _ => throw new JsonException($"Expected a version option (a selection name or a positive version number), found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, VersionOptions value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
