using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>
/// The memory of one burst: the FIFO queue of activities to start, the running activity instances, variables,
/// bookmarks, journal and incidents. <see cref="WorkflowRun"/>'s other part holds the activity lifecycle.
/// </summary>
internal sealed partial class WorkflowRun
{
    private readonly LinkedList<WorkItem> _queue = new();
    private readonly Dictionary<string, ActivityInstance> _instances;
    private readonly IReadOnlyDictionary<string, ActivityNode> _nodes;
    private readonly Dictionary<string, Activity> _activities = [];

    public WorkflowRun(BurstRequest request, RunDependencies dependencies, CancellationToken cancellationToken)
    {
        Request = request;
        Dependencies = dependencies;
        CancellationToken = cancellationToken;
        var state = request.State;
        Variables = (JsonObject)state.Variables.DeepClone();
        Input = (JsonObject)state.Input.DeepClone();
        Output = (JsonObject)state.Output.DeepClone();
        CorrelationId = state.CorrelationId;
        Bookmarks = new BookmarkSet(state.Bookmarks);
        Incidents = [.. state.Incidents];
        Journal = new RunJournal(state.Id, state.JournalSequence, dependencies.TimeProvider, dependencies.Identities);
        _nodes = ActivityNodeIndex.Of(Definition);
        _instances = state.ExecutionState.Activities.Select(ActivityInstance.From).ToDictionary(instance => instance.Id);
    }

    public BurstRequest Request { get; }

    public RunDependencies Dependencies { get; }

    public CancellationToken CancellationToken { get; }

    public WorkflowDefinition Definition => Request.Definition;

    public string InstanceId => Request.State.Id;

    public JsonObject Variables { get; }

    public JsonObject Input { get; private set; }

    public JsonObject Output { get; }

    public string? CorrelationId { get; set; }

    public BookmarkSet Bookmarks { get; }

    public List<Incident> Incidents { get; }

    public RunJournal Journal { get; }

    /// <summary>Set once the workflow ended in this burst: Finished, Cancelled or Faulted.</summary>
    public WorkflowSubStatus? Ending { get; private set; }

    public IEnumerable<ActivityInstance> RunningInstances => _instances.Values;

    public bool ContinuesOnIncident => Definition.Options?.IncidentStrategyType?.Contains("Continue", StringComparison.OrdinalIgnoreCase) == true;

    public ActivityNode NodeOf(ActivityInstance instance) => _nodes[instance.NodeId];

    public ActivityInstance? Find(string instanceId) => _instances.GetValueOrDefault(instanceId);

    public IEnumerable<ActivityInstance> ChildrenOf(string instanceId) => _instances.Values.Where(instance => instance.ParentId == instanceId);

    public Activity ActivityOf(ActivityNode node)
    {
        if (!_activities.TryGetValue(node.NodeId, out var activity))
        {
            activity = Dependencies.Binder.Bind(node);
            _activities[node.NodeId] = activity;
        }

        return activity;
    }

    public ActivityExecutionContext ContextOf(ActivityInstance instance, JsonObject? resumeInput = null)
    {
        var node = NodeOf(instance);
        return new ActivityExecutionContext(this, instance, node, ActivityOf(node)) { ResumeInput = resumeInput };
    }

    /// <summary>The variables seen by the children of <paramref name="container"/> (all of them when it is null: the workflow's).</summary>
    public VariableScope ScopeInside(ActivityInstance? container)
    {
        if (container is null)
        {
            return new VariableScope(Definition.Variables, Variables, null);
        }

        var outer = ScopeInside(container.ParentId is { } parentId ? Find(parentId) : null);
        return NodeOf(container).Flowchart is { Variables.Count: > 0 } content && container.ActivityState["variables"] is JsonObject values
            ? new VariableScope(content.Variables, values, outer)
            : outer;
    }

    public void Schedule(ActivityNode node, string? ownerId, bool viaBackwardConnection = false) =>
        _queue.AddLast(new WorkItem(node, ownerId, viaBackwardConnection));

    public bool IsQueued(string ownerId, string activityId) =>
        _queue.Any(item => item.OwnerId == ownerId && item.Node.Id == activityId);

    public bool HasQueuedWork(string ownerId) => _queue.Any(item => item.OwnerId == ownerId);

    /// <summary>Takes queued items of a container out of the queue; they never start.</summary>
    public IReadOnlyList<WorkItem> Unschedule(string ownerId, Func<WorkItem, bool> predicate)
    {
        var removed = _queue.Where(item => item.OwnerId == ownerId && predicate(item)).ToList();
        removed.ForEach(item => _queue.Remove(item));
        return removed;
    }

    public async ValueTask DrainAsync()
    {
        while (Ending is null && _queue.First is { } first)
        {
            CancellationToken.ThrowIfCancellationRequested();
            _queue.RemoveFirst();
            await StartAsync(first.Value);
        }
    }

    public ExecutionState ExecutionState() => new() { Activities = [.. _instances.Values.Select(instance => instance.ToState())] };

    private void Register(ActivityInstance instance) => _instances[instance.Id] = instance;

    private void Forget(ActivityInstance instance) => _instances.Remove(instance.Id);

    private void EndWorkflow(WorkflowSubStatus ending)
    {
        Ending = ending;
        _queue.Clear();
    }
}
