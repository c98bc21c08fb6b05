using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>Describes one input property: wrapped or plain, type name, UI hint (Elsa's defaults) and dropdown items.</summary>
internal static class InputDescriber
{
    public static InputDescriptor Describe(PropertyInfo property)
    {
        var attribute = property.GetCustomAttribute<InputAttribute>();
        var isWrapped = typeof(Input).IsAssignableFrom(property.PropertyType);
        var declaredType = isWrapped ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
        var valueType = Nullable.GetUnderlyingType(declaredType) ?? declaredType;
        var uiHint = attribute?.UIHint ?? DefaultUIHint(valueType);
        return new InputDescriptor
        {
            Name = property.Name,
            TypeName = ElsaTypeNames.Of(valueType),
            DisplayName = attribute?.DisplayName ?? DisplayNames.Humanize(property.Name),
            Description = attribute?.Description,
            Order = attribute?.Order ?? 0,
            IsBrowsable = attribute?.IsBrowsable ?? true,
            IsWrapped = isWrapped,
            UIHint = uiHint,
            Category = attribute?.Category,
            DefaultValue = attribute?.DefaultValue is { } value ? JsonSerializer.SerializeToNode(value, ElsaJson.Options) : null,
            DefaultSyntax = attribute?.DefaultSyntax ?? Expression.LiteralType,
            IsReadOnly = attribute?.IsReadOnly ?? false,
            IsSensitive = attribute?.CanContainSecrets ?? false,
            UISpecifications = ItemsSpecification(uiHint, ListItems(valueType, attribute)),
            ValueType = valueType,
        };
    }

    private static string DefaultUIHint(Type valueType) => valueType switch
    {
        _ when valueType == typeof(bool) => InputUIHints.Checkbox,
        _ when valueType == typeof(string) => InputUIHints.SingleLine,
        _ when typeof(IEnumerable).IsAssignableFrom(valueType) || valueType.IsEnum => InputUIHints.DropDown,
        _ when valueType == typeof(VariableDefinition) => InputUIHints.VariablePicker,
        _ => InputUIHints.SingleLine,
    };

    private static string[] ListItems(Type valueType, InputAttribute? attribute) =>
        attribute?.Options ?? (valueType.IsEnum ? Enum.GetNames(valueType) : []);

    private static JsonObject? ItemsSpecification(string uiHint, string[] items)
    {
        if (items.Length == 0)
        {
            return null;
        }

        var entries = items.Select(item => (JsonNode)new JsonObject { ["text"] = item, ["value"] = item });
        return new JsonObject { [uiHint] = new JsonObject { ["items"] = new JsonArray([.. entries]) } };
    }
}
