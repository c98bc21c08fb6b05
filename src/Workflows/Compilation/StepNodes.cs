using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>Creates the activity nodes of a section's flowchart with their designer metadata.</summary>
internal static class StepNodes
{
    public static ActivityNode Create(
        SectionContext context,
        ActivityDescriptor descriptor,
        string name,
        JsonObject metadata,
        IReadOnlyDictionary<string, ActivityInputValue?>? inputs = null)
    {
        var id = context.ActivityId(name);
        return new ActivityNode
        {
            Id = id,
            NodeId = context.NodeId(id),
            Name = name,
            Type = descriptor.TypeName,
            Version = descriptor.Version,
            Metadata = metadata,
            Inputs = inputs ?? new Dictionary<string, ActivityInputValue?>(),
        };
    }

    /// <summary>Designer position and size, the text Studio shows on the node, and the source lines when a task has them.</summary>
    public static JsonObject Metadata(JsonObject designer, string displayText, string? description = null, SourceRange? source = null)
    {
        var metadata = new JsonObject { ["designer"] = designer, ["displayText"] = displayText };
        if (description is not null)
        {
            metadata["description"] = description;
            metadata["showDescription"] = true;
        }

        if (source is not null)
        {
            metadata["source"] = new JsonObject { ["startLine"] = source.StartLine, ["endLine"] = source.EndLine };
        }

        return metadata;
    }
}
