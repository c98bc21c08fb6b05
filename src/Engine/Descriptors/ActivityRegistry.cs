using System.Reflection;
using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Activities.Core;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>The activity types a definition may use, by Elsa type name. Core activities are registered by <see cref="CreateDefault"/>.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, ActivityDescriptor> _descriptors = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ActivityDescriptor> Descriptors => _descriptors.Values;

    /// <summary>A registry holding Elsa's core activities (<c>Elsa.Flowchart</c>, <c>Elsa.WriteLine</c>, ...).</summary>
    public static ActivityRegistry CreateDefault() => new ActivityRegistry().RegisterAssembly(typeof(Flowchart).Assembly);

    public ActivityRegistry Register<TActivity>()
        where TActivity : Activity, new() => Register(typeof(TActivity));

    public ActivityRegistry Register(Type activityType)
    {
        if (!typeof(Activity).IsAssignableFrom(activityType) || activityType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new ActivityTypeException($"'{activityType.FullName}' is not an activity class with a parameterless constructor.");
        }

        var descriptor = ActivityDescriber.Describe(activityType);
        if (_descriptors.TryGetValue(descriptor.TypeName, out var existing) && existing.ActivityType != activityType)
        {
            throw new ActivityTypeException($"Activity type name '{descriptor.TypeName}' is declared by both '{existing.ActivityType.FullName}' and '{activityType.FullName}'.");
        }

        _descriptors[descriptor.TypeName] = descriptor;
        return this;
    }

    /// <summary>Registers every concrete activity class with an <see cref="ActivityAttribute"/> in the assembly.</summary>
    public ActivityRegistry RegisterAssembly(Assembly assembly)
    {
        var activityTypes = assembly.GetTypes().Where(type =>
            type is { IsAbstract: false, IsGenericTypeDefinition: false }
            && typeof(Activity).IsAssignableFrom(type)
            && type.GetCustomAttribute<ActivityAttribute>() is not null);
        foreach (var activityType in activityTypes)
        {
            Register(activityType);
        }

        return this;
    }

    public ActivityDescriptor? Find(string typeName) => _descriptors.GetValueOrDefault(typeName);
}
