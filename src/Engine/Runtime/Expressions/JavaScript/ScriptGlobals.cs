using System.Text.RegularExpressions;
using Jint;
using JintEngine = Jint.Engine;
using Jint.Native;

namespace PlanWorkflows.Engine.Runtime.Expressions.JavaScript;

/// <summary>Elsa's script helpers, bound to one expression's variables and workflow input.</summary>
internal sealed partial class ScriptGlobals(JintEngine engine, ExpressionContext context)
{
    public void Register()
    {
        engine.SetValue("getVariable", new Func<string, JsValue>(GetVariable));
        engine.SetValue("setVariable", new Action<string, JsValue>(SetVariable));
        engine.SetValue("getInput", new Func<string, JsValue>(GetInput));
        foreach (var name in InputNames().Where(IsIdentifierPart))
        {
            engine.SetValue($"get{PascalCase(name)}", new Func<JsValue>(() => GetInput(name)));
        }

        foreach (var variable in context.Variables.Visible().Where(variable => IsIdentifierPart(variable.Name)))
        {
            engine.SetValue($"get{PascalCase(variable.Name)}", new Func<JsValue>(() => GetVariable(variable.Id)));
            engine.SetValue($"set{PascalCase(variable.Name)}", new Action<JsValue>(value => SetVariable(variable.Id, value)));
        }
    }

    private JsValue GetVariable(string name) => JsonBridge.ToJs(engine, context.Variables.Get(name));

    private void SetVariable(string name, JsValue value) => context.Variables.Set(name, JsonBridge.ToJson(engine, value));

    private JsValue GetInput(string name) => JsonBridge.ToJs(engine, WorkflowInputs.Get(context.WorkflowInput, name));

    private IEnumerable<string> InputNames() =>
        context.DeclaredInputs.Select(input => input.Name).Concat(context.WorkflowInput.Select(entry => entry.Key)).Distinct(StringComparer.OrdinalIgnoreCase);

    private static string PascalCase(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static bool IsIdentifierPart(string name) => IdentifierPart().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9_$]+$")]
    private static partial Regex IdentifierPart();
}
