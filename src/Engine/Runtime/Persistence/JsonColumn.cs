using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>Stores a JSON node property as JSON text, compared by its text.</summary>
internal static class JsonColumn
{
    public static PropertyBuilder<TNode?> AsJsonText<TNode>(this PropertyBuilder<TNode?> property)
        where TNode : JsonNode =>
        property.HasConversion(
            new ValueConverter<TNode?, string?>(node => RuntimeJson.Write(node), text => (TNode?)RuntimeJson.Read(text)),
            new ValueComparer<TNode?>(
                (left, right) => RuntimeJson.Write(left) == RuntimeJson.Write(right),
                node => (RuntimeJson.Write(node) ?? string.Empty).GetHashCode(StringComparison.Ordinal),
                node => (TNode?)node!.DeepClone()));
}
