using System.Text.Json.Nodes;
using Jint;
using JintEngine = Jint.Engine;
using Jint.Native;
using Jint.Native.Json;

namespace PlanWorkflows.Engine.Runtime.Expressions.JavaScript;

/// <summary>Moves values between System.Text.Json and Jint through JSON text, so user objects keep keys such as <c>$id</c>.</summary>
internal static class JsonBridge
{
    public static JsValue ToJs(JintEngine engine, JsonNode? node) =>
        node is null ? JsValue.Null : new JsonParser(engine).Parse(node.ToJsonString());

    public static JsonNode? ToJson(JintEngine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull())
        {
            return null;
        }

        var json = new JsonSerializer(engine).Serialize(value);
        return json.IsString() ? JsonNode.Parse(json.AsString()) : null;
    }
}
