using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Runtime.Expressions;

/// <summary>What an expression can see: the variables in scope of its activity and the workflow input.</summary>
internal sealed record ExpressionContext(
    ActivityNode Activity,
    string InputName,
    VariableScope Variables,
    JsonObject WorkflowInput,
    IReadOnlyList<InputDefinition> DeclaredInputs)
{
    public string Subject => $"input '{InputName}' of activity '{Activity.Id}' ({Activity.Type})";
}
