using System.Runtime.CompilerServices;
using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Engine.Runtime.Flowchart;

/// <summary>
/// A flowchart's connections split as Elsa's <c>FlowGraph</c> does: a breadth-first walk from the start activity keeps
/// every connection that does not close a cycle as "forward"; the others are backward connections (loops). Counter
/// joins count forward inbound connections only. Cached per flowchart content: definitions are immutable.
/// </summary>
internal sealed class FlowGraph
{
    private static readonly ConditionalWeakTable<FlowchartContent, FlowGraph> Cache = [];

    private readonly HashSet<Connection> _forward;
    private readonly Dictionary<string, ActivityNode> _activities;
    private readonly ILookup<string, Connection> _outbound;
    private readonly ILookup<string, Connection> _forwardInbound;

    private FlowGraph(FlowchartContent content)
    {
        Start = StartActivity.Of(content);
        _forward = Start is null ? [] : ForwardConnections(content.Connections, Start.Id);
        _activities = content.Activities.DistinctBy(activity => activity.Id).ToDictionary(activity => activity.Id);
        _outbound = content.Connections.ToLookup(connection => connection.Source.Activity);
        _forwardInbound = content.Connections.Where(_forward.Contains).ToLookup(connection => connection.Target.Activity);
    }

    public ActivityNode? Start { get; }

    public static FlowGraph Of(FlowchartContent content) => Cache.GetValue(content, key => new FlowGraph(key));

    public IEnumerable<Connection> Outbound(string activityId) => _outbound[activityId];

    public IReadOnlyList<Connection> ForwardInbound(string activityId) => [.. _forwardInbound[activityId]];

    public bool IsBackward(Connection connection) => !_forward.Contains(connection);

    public ActivityNode Activity(string activityId) =>
        _activities.GetValueOrDefault(activityId) ?? throw new InvalidOperationException($"The flowchart has no activity '{activityId}'.");

    /// <summary>Every activity with a forward path to <paramref name="activityId"/>.</summary>
    public HashSet<string> Ancestors(string activityId)
    {
        var ancestors = new HashSet<string>();
        var pending = new Queue<string>([activityId]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var source in _forward.Where(connection => connection.Target.Activity == current).Select(connection => connection.Source.Activity))
            {
                if (ancestors.Add(source))
                {
                    pending.Enqueue(source);
                }
            }
        }

        return ancestors;
    }

    private static HashSet<Connection> ForwardConnections(IReadOnlyList<Connection> connections, string startId)
    {
        var forward = new List<Connection>();
        var visited = new HashSet<string>();
        var pending = new Queue<string>([startId]);
        while (pending.TryDequeue(out var source))
        {
            visited.Add(source);
            foreach (var connection in connections.Where(connection => connection.Source.Activity == source))
            {
                var target = connection.Target.Activity;
                if (forward.Any(edge => edge.Source.Activity == source && edge.Target.Activity == target) || Reaches(forward, target, source))
                {
                    continue;
                }

                forward.Add(connection);
                if (!visited.Contains(target))
                {
                    pending.Enqueue(target);
                }
            }
        }

        return [.. connections.Where(connection => forward.Any(edge => edge.Source.Activity == connection.Source.Activity && edge.Target.Activity == connection.Target.Activity))];
    }

    private static bool Reaches(List<Connection> edges, string from, string to)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<string>([from]);
        while (stack.TryPop(out var current))
        {
            if (current == to)
            {
                return true;
            }

            if (seen.Add(current))
            {
                foreach (var edge in edges.Where(edge => edge.Source.Activity == current))
                {
                    stack.Push(edge.Target.Activity);
                }
            }
        }

        return false;
    }
}
