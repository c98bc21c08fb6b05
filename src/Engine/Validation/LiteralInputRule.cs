using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;

namespace PlanWorkflows.Engine.Validation;

/// <summary>A Literal input value must convert to the input's declared type.</summary>
internal static class LiteralInputRule
{
    public static IEnumerable<DefinitionError> Check(ActivityNode node, ActivityDescriptor descriptor) =>
        from input in descriptor.Inputs
        let value = node.FindInput(input.Name)
        where value is { Expression.IsLiteral: true }
              && !LiteralConversion.CanConvert(value.Expression.Value, input.ValueType)
        select ActivityLabel.Error(node, $"input '{input.Name}'",
            $"the Literal value {value.Expression.Value!.ToJsonString()} cannot convert to {input.TypeName}.");
}
