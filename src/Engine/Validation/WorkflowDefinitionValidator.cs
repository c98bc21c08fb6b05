using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Engine.Validation;

/// <summary>Finds every problem in a definition: duplicate ids, broken connections and ports, endless loops, unconvertible literals.</summary>
public sealed class WorkflowDefinitionValidator(ActivityRegistry registry)
{
    public IReadOnlyList<DefinitionError> Validate(WorkflowDefinition definition) =>
        definition.AllActivities().SelectMany(CheckActivity).ToList();

    /// <summary>Parses and validates JSON; malformed JSON gives one error with its line and position.</summary>
    public IReadOnlyList<DefinitionError> ValidateJson(string json, IIdentityGenerator identityGenerator)
    {
        try
        {
            return Validate(new WorkflowDefinitionSerializer(registry, identityGenerator).Read(json).Definition);
        }
        catch (DefinitionValidationException exception)
        {
            return exception.Errors;
        }
    }

    /// <exception cref="DefinitionValidationException">The definition has at least one error.</exception>
    public void EnsureValid(WorkflowDefinition definition)
    {
        var errors = Validate(definition);
        if (errors.Count > 0)
        {
            throw new DefinitionValidationException(errors);
        }
    }

    private IEnumerable<DefinitionError> CheckActivity(ActivityNode node)
    {
        var descriptor = registry.Find(node.Type);
        var inputErrors = descriptor is null ? [] : LiteralInputRule.Check(node, descriptor);
        if (node.Flowchart is null)
        {
            return inputErrors;
        }

        return inputErrors
            .Concat(DuplicateIdRule.Check(node))
            .Concat(ConnectionRule.Check(node, registry))
            .Concat(EndlessLoopRule.Check(node, registry));
    }
}
