using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.Expressions;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>
/// The variables an activity sees: those of its enclosing flowcharts (innermost first), then the workflow's. Values
/// are JSON stored by variable id, converted to the variable's declared type on every write.
/// </summary>
internal sealed class VariableScope
{
    private readonly IReadOnlyList<VariableDefinition> _definitions;
    private readonly JsonObject _values;
    private readonly VariableScope? _parent;

    public VariableScope(IReadOnlyList<VariableDefinition> definitions, JsonObject values, VariableScope? parent)
    {
        _definitions = definitions;
        _values = values;
        _parent = parent;
    }

    /// <summary>Gives every declared variable without a value its initial value (<c>"0"</c> for Int32 becomes 0).</summary>
    public static void Initialize(IEnumerable<VariableDefinition> definitions, JsonObject values)
    {
        foreach (var variable in definitions.Where(variable => !values.ContainsKey(variable.Id)))
        {
            values[variable.Id] = ValueConverter.Coerce(variable.Value, VariableTypes.Of(variable));
        }
    }

    public IEnumerable<VariableDefinition> Visible() =>
        _definitions.Concat(_parent?.Visible() ?? []).DistinctBy(variable => variable.Name);

    public VariableDefinition? Find(string nameOrId) =>
        _definitions.FirstOrDefault(variable => variable.Id == nameOrId)
        ?? _definitions.FirstOrDefault(variable => variable.Name == nameOrId)
        ?? _parent?.Find(nameOrId);

    public JsonNode? Get(string nameOrId)
    {
        var (owner, variable) = Owner(nameOrId);
        return owner._values[variable?.Id ?? nameOrId]?.DeepClone();
    }

    /// <summary>Writes a declared variable; an undeclared name becomes a workflow variable, as Elsa's <c>setVariable</c> does.</summary>
    public void Set(string nameOrId, JsonNode? value)
    {
        var (owner, variable) = Owner(nameOrId);
        owner._values[variable?.Id ?? nameOrId] = variable is null ? ValueConverter.ToJson(value) : ValueConverter.Coerce(value, VariableTypes.Of(variable));
    }

    private (VariableScope Owner, VariableDefinition? Variable) Owner(string nameOrId)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._definitions.FirstOrDefault(variable => variable.Id == nameOrId || variable.Name == nameOrId) is { } variable)
            {
                return (scope, variable);
            }
        }

        return (Root(), null);
    }

    private VariableScope Root() => _parent?.Root() ?? this;
}
