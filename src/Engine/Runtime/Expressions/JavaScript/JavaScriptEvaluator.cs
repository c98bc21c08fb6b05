using System.Text.Json.Nodes;
using Jint;
using JintEngine = Jint.Engine;
using Jint.Native;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Runtime.Expressions.JavaScript;

/// <summary>
/// Runs JavaScript expressions with Jint, as Elsa does: a top-level <c>return</c> is allowed, and the script sees
/// <c>getVariable</c>, <c>setVariable</c>, <c>getInput</c> and a <c>getX()</c>/<c>setX()</c> pair per variable in scope
/// and a <c>getX()</c> per workflow input. Values cross the boundary as JSON.
/// </summary>
internal sealed class JavaScriptEvaluator(JavaScriptOptions options) : IExpressionEvaluator
{
    private static readonly ScriptParsingOptions ParsingOptions = ScriptParsingOptions.Default with { AllowReturnOutsideFunction = true };

    public string ExpressionType => "JavaScript";

    public JsonNode? Evaluate(Expression expression, ExpressionContext context)
    {
        var script = expression.Value?.ToString() ?? "";
        if (string.IsNullOrWhiteSpace(script))
        {
            return null;
        }

        var engine = CreateEngine();
        new ScriptGlobals(engine, context).Register();
        try
        {
            return JsonBridge.ToJson(engine, engine.Evaluate(script, ParsingOptions));
        }
        catch (Exception exception) when (exception is JintException or TimeoutException)
        {
            throw new ExpressionException($"The JavaScript of {context.Subject} failed: {Describe(exception)}", exception);
        }
    }

    private JintEngine CreateEngine() => new(engine => engine
        .TimeoutInterval(options.Timeout)
        .LimitMemory(options.MemoryLimitBytes)
        .LimitRecursion(options.RecursionLimit)
        .MaxStatements(options.StatementLimit)
        .Strict(false));

    private string Describe(Exception exception) => exception switch
    {
        TimeoutException => $"the script ran longer than the time limit of {options.Timeout}",
        Jint.Runtime.MemoryLimitExceededException => $"the script used more than the memory limit of {options.MemoryLimitBytes} bytes",
        Jint.Runtime.RecursionDepthOverflowException => $"the script exceeded the recursion limit of {options.RecursionLimit}",
        Jint.Runtime.StatementsCountOverflowException => $"the script exceeded the statement limit of {options.StatementLimit}",
        _ => exception.Message,
    };
}
