using System.Reflection;
using PlanWorkflows.Engine.Activities.Abstractions;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>Builds an <see cref="ActivityDescriptor"/> from an activity class, following Elsa's describer rules.</summary>
internal static class ActivityDescriber
{
    public static ActivityDescriptor Describe(Type activityType)
    {
        var attribute = activityType.GetCustomAttribute<ActivityAttribute>()
            ?? throw new ActivityTypeException($"Activity class '{activityType.FullName}' has no [Activity] attribute.");
        var name = attribute.Type ?? activityType.Name;
        var inputs = activityType.GetProperties().Where(IsInput).Select(InputDescriber.Describe).ToList();
        return new ActivityDescriptor
        {
            TypeName = $"{attribute.Namespace}.{name}",
            Namespace = attribute.Namespace,
            Name = name,
            Version = attribute.Version,
            Category = attribute.Category,
            DisplayName = attribute.DisplayName ?? DisplayNames.Humanize(name),
            Description = attribute.Description,
            Kind = attribute.Kind,
            Inputs = inputs,
            Outputs = activityType.GetProperties().Where(IsOutput).Select(DescribeOutput).ToList(),
            Ports = DescribePorts(activityType, inputs),
            IsContainer = typeof(IContainerActivity).IsAssignableFrom(activityType),
            IsBrowsable = attribute.IsBrowsable,
            IsStart = typeof(IStartActivity).IsAssignableFrom(activityType),
            IsTerminal = typeof(ITerminalActivity).IsAssignableFrom(activityType),
            IsBlocking = typeof(IBlockingActivity).IsAssignableFrom(activityType),
            IsJoin = typeof(IJoinActivity).IsAssignableFrom(activityType),
            ActivityType = activityType,
        };
    }

    private static bool IsInput(PropertyInfo property) =>
        typeof(Input).IsAssignableFrom(property.PropertyType) || property.GetCustomAttribute<InputAttribute>() is not null;

    private static bool IsOutput(PropertyInfo property) => typeof(Output).IsAssignableFrom(property.PropertyType);

    private static List<Port> DescribePorts(Type activityType, IEnumerable<InputDescriptor> inputs)
    {
        if (activityType.GetCustomAttribute<FlowNodeAttribute>() is { } flowNode)
        {
            return flowNode.Outcomes.Select(Port.Flow).ToList();
        }

        var hasNoFixedOutcome = typeof(ITerminalActivity).IsAssignableFrom(activityType)
            || inputs.Any(input => input.UIHint == InputUIHints.DynamicOutcomes);
        return hasNoFixedOutcome ? [] : [Port.Flow(Activity.DefaultOutcome)];
    }

    private static OutputDescriptor DescribeOutput(PropertyInfo property)
    {
        var attribute = property.GetCustomAttribute<OutputAttribute>();
        var valueType = property.PropertyType.GetGenericArguments().FirstOrDefault() ?? typeof(object);
        return new OutputDescriptor
        {
            Name = property.Name,
            TypeName = ElsaTypeNames.Of(valueType),
            DisplayName = attribute?.DisplayName ?? DisplayNames.Humanize(property.Name),
            Description = attribute?.Description,
            IsBrowsable = attribute?.IsBrowsable ?? true,
            ValueType = valueType,
        };
    }
}
