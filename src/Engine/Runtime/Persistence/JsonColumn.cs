using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>Stores JSON node and list properties as JSON text.</summary>
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

    /// <summary>
    /// A burst record's list, written whole and never changed: compared by reference (rows holding one are only ever
    /// inserted), stored without null members and instance ids (<see cref="RuntimeJson.WriteRecordList{TItem}"/>).
    /// </summary>
    public static PropertyBuilder<IReadOnlyList<TItem>> AsRecordList<TItem>(this PropertyBuilder<IReadOnlyList<TItem>> property) =>
        property.HasConversion(
            new ValueConverter<IReadOnlyList<TItem>, string>(items => RuntimeJson.WriteRecordList(items), text => RuntimeJson.ReadRecordList<TItem>(text)),
            new ValueComparer<IReadOnlyList<TItem>>(
                (left, right) => ReferenceEquals(left, right),
                items => items.Count,
                items => items));
}
