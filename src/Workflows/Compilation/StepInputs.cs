using System.Globalization;
using System.Text.Json;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>
/// Writes an activity's input values as Elsa's designer does: Literal text for scalars, dates and enums, and for a
/// list of unit ids an Object expression holding the JSON array as text (Studio's multi-text editor). Type names come
/// from the descriptor; the inputs come out in the descriptor's order.
/// </summary>
internal sealed class StepInputs(ActivityDescriptor descriptor)
{
    private const string ObjectExpressionType = "Object";

    private readonly Dictionary<string, ActivityInputValue?> values = new(StringComparer.Ordinal);

    public StepInputs Text(string name, string? value) => value is null ? this : Set(name, Expression.Literal(value));

    public StepInputs Number(string name, int? value) =>
        value is { } number ? Text(name, number.ToString(CultureInfo.InvariantCulture)) : this;

    public StepInputs Date(string name, DateOnly? value) =>
        value is { } date ? Text(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : this;

    public StepInputs Choice<TChoice>(string name, TChoice value)
        where TChoice : struct, Enum => Text(name, value.ToString());

    public StepInputs Flag(string name, bool value) => Text(name, value ? "True" : "False");

    public StepInputs Units(string name, IReadOnlyList<string> unitIds) =>
        Set(name, new Expression(ObjectExpressionType, JsonSerializer.Serialize(unitIds)));

    public IReadOnlyDictionary<string, ActivityInputValue?> Build() =>
        descriptor.Inputs
            .Where(input => values.ContainsKey(input.Name))
            .ToDictionary(input => input.Name, input => values[input.Name], StringComparer.Ordinal);

    private StepInputs Set(string name, Expression expression)
    {
        var input = descriptor.FindInput(name)
            ?? throw new ActivityTypeException($"{descriptor.TypeName} has no input '{name}'.");
        values[name] = new ActivityInputValue(input.TypeName, expression);
        return this;
    }
}
