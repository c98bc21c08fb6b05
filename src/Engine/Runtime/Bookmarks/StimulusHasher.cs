using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PlanWorkflows.Engine.Runtime.Bookmarks;

/// <summary>
/// Elsa's stimulus hash: the uppercase hex SHA-256 of <c>activityType|payloadJson|activityInstanceId</c> (empty parts
/// left out), the payload written with System.Text.Json defaults (PascalCase names, nulls omitted). The value must stay
/// stable across releases: stored bookmarks are matched by it.
/// </summary>
public static class StimulusHasher
{
    /// <summary>How bookmark payloads are written, for the hash and for <c>Bookmark.Payload</c>.</summary>
    public static JsonSerializerOptions PayloadOptions { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Hash(string activityTypeName, object? payload = null, string? activityInstanceId = null)
    {
        var payloadJson = payload switch
        {
            null => null,
            JsonNode node => node.ToJsonString(PayloadOptions),
            _ => JsonSerializer.Serialize(payload, payload.GetType(), PayloadOptions),
        };
        var parts = new[] { activityTypeName, payloadJson, activityInstanceId }.Where(part => !string.IsNullOrEmpty(part));
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", parts)));
        return Convert.ToHexString(bytes);
    }

    public static JsonNode? SerializePayload(object? payload) =>
        payload is null ? null : JsonSerializer.SerializeToNode(payload, payload.GetType(), PayloadOptions);
}
