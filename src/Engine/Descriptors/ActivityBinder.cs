using System.Text.Json;
using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>Turns an <see cref="ActivityNode"/> into its typed activity with the input expressions and output references set.</summary>
public sealed class ActivityBinder(ActivityRegistry registry)
{
    public Activity Bind(ActivityNode node)
    {
        var descriptor = registry.Find(node.Type)
            ?? throw new ActivityTypeException($"Activity '{node.Id}' has type '{node.Type}', which no registered activity declares.");
        var activity = (Activity)Activator.CreateInstance(descriptor.ActivityType)!;
        activity.Id = node.Id;
        activity.NodeId = node.NodeId;
        activity.Name = node.Name;
        activity.Type = node.Type;
        activity.Version = node.Version;
        BindInputs(activity, descriptor, node);
        BindOutputs(activity, descriptor, node);
        if (activity is Flowchart flowchart && node.Flowchart is { } content)
        {
            flowchart.Content = content;
        }

        return activity;
    }

    private static void BindInputs(Activity activity, ActivityDescriptor descriptor, ActivityNode node)
    {
        foreach (var input in descriptor.Inputs)
        {
            var property = descriptor.ActivityType.GetProperty(input.Name)!;
            if (input.IsWrapped && node.FindInput(input.Name) is { } value)
            {
                property.SetValue(activity, Activator.CreateInstance(property.PropertyType, value.Expression));
            }
            else if (!input.IsWrapped && node.PlainInputs.GetValueOrDefault(input.Name) is { } json)
            {
                property.SetValue(activity, json.Deserialize(property.PropertyType, ElsaJson.Options));
            }
        }
    }

    private static void BindOutputs(Activity activity, ActivityDescriptor descriptor, ActivityNode node)
    {
        foreach (var output in descriptor.Outputs)
        {
            if (node.Outputs.GetValueOrDefault(output.Name) is { } reference)
            {
                var property = descriptor.ActivityType.GetProperty(output.Name)!;
                property.SetValue(activity, Activator.CreateInstance(property.PropertyType, reference.MemoryReferenceId));
            }
        }
    }
}
