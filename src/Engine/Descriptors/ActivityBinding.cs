using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>
/// How to build the activity of one definition node, worked out once: the class, and the <see cref="Input{T}"/> and
/// <see cref="Output{T}"/> objects for its properties. Those are immutable, so every activity built from the node shares
/// them; plain inputs are deserialized for each activity, as their values may be mutable.
/// </summary>
internal sealed class ActivityBinding
{
    private readonly ActivityNode _node;
    private readonly Type _activityType;
    private readonly List<(PropertyInfo Property, object Value)> _sharedValues = [];
    private readonly List<(PropertyInfo Property, JsonNode Json)> _plainInputs = [];

    public ActivityBinding(ActivityDescriptor descriptor, ActivityNode node)
    {
        _node = node;
        _activityType = descriptor.ActivityType;
        AddInputs(descriptor);
        AddOutputs(descriptor);
    }

    public Activity CreateActivity()
    {
        var activity = (Activity)Activator.CreateInstance(_activityType)!;
        activity.Id = _node.Id;
        activity.NodeId = _node.NodeId;
        activity.Name = _node.Name;
        activity.Type = _node.Type;
        activity.Version = _node.Version;
        foreach (var (property, value) in _sharedValues)
        {
            property.SetValue(activity, value);
        }

        foreach (var (property, json) in _plainInputs)
        {
            property.SetValue(activity, json.Deserialize(property.PropertyType, ElsaJson.Options));
        }

        if (activity is Flowchart flowchart && _node.Flowchart is { } content)
        {
            flowchart.Content = content;
        }

        return activity;
    }

    private void AddInputs(ActivityDescriptor descriptor)
    {
        foreach (var input in descriptor.Inputs)
        {
            var property = _activityType.GetProperty(input.Name)!;
            if (input.IsWrapped && _node.FindInput(input.Name) is { } value)
            {
                _sharedValues.Add((property, Activator.CreateInstance(property.PropertyType, value.Expression)!));
            }
            else if (!input.IsWrapped && _node.PlainInputs.GetValueOrDefault(input.Name) is { } json)
            {
                _plainInputs.Add((property, json));
            }
        }
    }

    private void AddOutputs(ActivityDescriptor descriptor)
    {
        foreach (var output in descriptor.Outputs)
        {
            if (_node.Outputs.GetValueOrDefault(output.Name) is { } reference)
            {
                var property = _activityType.GetProperty(output.Name)!;
                var bound = (Output)Activator.CreateInstance(property.PropertyType, reference.MemoryReferenceId)!;
                bound.Name = output.Name;
                _sharedValues.Add((property, bound));
            }
        }
    }
}
