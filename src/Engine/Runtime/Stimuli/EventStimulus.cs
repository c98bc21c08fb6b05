using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.Persistence;

namespace PlanWorkflows.Engine.Runtime.Stimuli;

/// <summary>
/// The stimulus of Elsa's <c>Elsa.Event</c> activity: payload <c>{"eventName": ...}</c>, hashed as
/// SHA-256 of <c>activityType|payload JSON</c>.
/// </summary>
internal static class EventStimulus
{
    public const string ActivityTypeName = "Elsa.Event";

    public static Stimulus Create(string eventName, JsonObject? input) =>
        new(ActivityTypeName, Hash(eventName))
        {
            Payload = Payload(eventName),
            Input = input ?? [],
        };

    public static string Hash(string eventName)
    {
        var text = $"{ActivityTypeName}|{RuntimeJson.Write(Payload(eventName))}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static JsonObject Payload(string eventName) => new() { ["eventName"] = eventName };
}
