using System.Collections.Concurrent;
using System.Reflection;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>The activity methods bookmarks name as callbacks, looked up once per activity type and method name.</summary>
internal static class BookmarkCallbacks
{
    private static readonly ConcurrentDictionary<(Type ActivityType, string MethodName), MethodInfo> Methods = new();

    public static ValueTask InvokeAsync(ActivityExecutionContext context, string methodName)
    {
        var method = Methods.GetOrAdd((context.Activity.GetType(), methodName), Find);
        return (ValueTask)method.Invoke(context.Activity, [context])!;
    }

    private static MethodInfo Find((Type ActivityType, string MethodName) key) =>
        key.ActivityType.GetMethod(key.MethodName, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, [typeof(ActivityExecutionContext)])
        ?? throw new MissingMethodException(key.ActivityType.FullName, key.MethodName);
}
