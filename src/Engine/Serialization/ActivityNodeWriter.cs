using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Serialization;

/// <summary>Writes an activity in Elsa's shape; a not-found activity is written back exactly as it was read.</summary>
internal static class ActivityNodeWriter
{
    public static JsonObject Write(ActivityNode node)
    {
        if (node.MissingType is { } missing)
        {
            return (JsonObject)missing.OriginalJson.DeepClone();
        }

        var json = new JsonObject();
        foreach (var (name, value) in node.Inputs)
        {
            json[ElsaJson.CamelCase(name)] = value is null ? null : ActivityValueJson.WriteInput(value);
        }

        foreach (var (name, value) in node.PlainInputs)
        {
            json[ElsaJson.CamelCase(name)] = value?.DeepClone();
        }

        foreach (var (name, reference) in node.Outputs)
        {
            json[ElsaJson.CamelCase(name)] = reference is null ? null : ActivityValueJson.WriteOutput(reference);
        }

        json["id"] = node.Id;
        json["nodeId"] = node.NodeId;
        json["name"] = node.Name;
        json["type"] = node.Type;
        json["version"] = node.Version;
        json["customProperties"] = node.CustomProperties.DeepClone();
        json["metadata"] = node.Metadata.DeepClone();
        foreach (var (key, value) in node.UnknownProperties)
        {
            json[key] = value?.DeepClone();
        }

        if (node.Flowchart is { } content)
        {
            FlowchartJson.Write(json, content, Write);
        }

        return json;
    }
}
