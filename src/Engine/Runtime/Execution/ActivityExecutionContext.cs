using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.Bookmarks;
using PlanWorkflows.Engine.Runtime.Expressions;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>
/// What an activity sees while it runs (Elsa's <c>ActivityExecutionContext</c>): its evaluated inputs, outputs,
/// variables, the workflow input, bookmarks, the journal and the burst's unit of work.
/// </summary>
public sealed class ActivityExecutionContext
{
    private readonly WorkflowRun _run;

    internal ActivityExecutionContext(WorkflowRun run, ActivityInstance instance, ActivityNode node, Activity activity)
    {
        _run = run;
        Instance = instance;
        Node = node;
        Activity = activity;
    }

    public Activity Activity { get; }

    public ActivityNode Node { get; }

    public string ActivityInstanceId => Instance.Id;

    public string WorkflowInstanceId => _run.InstanceId;

    public string? CorrelationId
    {
        get => _run.CorrelationId;
        set => _run.CorrelationId = value;
    }

    public JsonObject WorkflowInput => _run.Input;

    /// <summary>The stimulus input when the activity is resumed from a bookmark; null on its first run.</summary>
    public JsonObject? ResumeInput { get; internal init; }

    /// <summary>The activity's own state, kept with it while it waits on a bookmark.</summary>
    public JsonObject ActivityState => Instance.ActivityState;

    public IBurstUnitOfWork UnitOfWork => _run.Request.UnitOfWork;

    public TimeProvider TimeProvider => _run.Dependencies.TimeProvider;

    public IServiceProvider Services => _run.Dependencies.Services;

    public CancellationToken CancellationToken => _run.CancellationToken;

    internal ActivityInstance Instance { get; }

    internal WorkflowRun Run => _run;

    internal int CreatedBookmarkCount { get; private set; }

    /// <summary>Evaluates an input's expression and converts the value to the input's type.</summary>
    public T? Get<T>(Input<T>? input) => input is null ? default : Evaluate<T>(input.Expression, InputNameOf(input), Scope());

    public void Set<T>(Output<T>? output, T? value)
    {
        if (output is null)
        {
            return;
        }

        var json = ValueConverter.ToJson(value);
        Instance.Outputs[output.Name] = json?.DeepClone();
        var scope = Scope();
        if (output.MemoryReferenceId is { } variableId && scope.Find(variableId) is not null)
        {
            scope.Set(variableId, json);
        }
    }

    public JsonNode? GetVariable(string nameOrId) => Scope().Get(nameOrId);

    public T? GetVariable<T>(string nameOrId) => ValueConverter.ToClr(GetVariable(nameOrId), typeof(T)) is T value ? value : default;

    public void SetVariable(string nameOrId, object? value) => Scope().Set(nameOrId, ValueConverter.ToJson(value));

    public void SetWorkflowOutput(string name, object? value) => _run.Output[name] = ValueConverter.ToJson(value);

    /// <summary>Completes the activity with its outcomes ("Done" when none are given); its container schedules what follows.</summary>
    public ValueTask CompleteAsync(params string[] outcomes) =>
        _run.CompleteAsync(Instance, outcomes.Length == 0 ? [Activity.DefaultOutcome] : outcomes);

    /// <summary>
    /// Suspends the activity until a stimulus matching <paramref name="payload"/> arrives; <paramref name="callback"/> (a method
    /// of the activity) runs on resumption, else <see cref="Activity.ResumeAsync"/>. A <paramref name="dueAt"/> makes it a timer.
    /// </summary>
    public Bookmark CreateBookmark(object? payload, Func<ActivityExecutionContext, ValueTask>? callback = null, DateTimeOffset? dueAt = null)
    {
        if (callback is not null && !ReferenceEquals(callback.Target, Activity))
        {
            throw new ArgumentException("A bookmark callback must be a method of the activity itself.", nameof(callback));
        }

        var bookmark = new Bookmark
        {
            Id = _run.Dependencies.Identities.NewId(),
            WorkflowInstanceId = WorkflowInstanceId,
            ActivityTypeName = Node.Type,
            Hash = StimulusHasher.Hash(Node.Type, payload),
            Payload = StimulusHasher.SerializePayload(payload),
            ActivityId = Node.Id,
            ActivityNodeId = Node.NodeId,
            ActivityInstanceId = Instance.Id,
            CorrelationId = CorrelationId,
            DueAt = dueAt,
            CallbackMethodName = callback?.Method.Name,
            CreatedAt = TimeProvider.GetUtcNow(),
        };
        _run.Bookmarks.Add(bookmark);
        CreatedBookmarkCount++;
        return bookmark;
    }

    public void AddJournalEntry(string eventName, string? message = null, JsonObject? payload = null) =>
        _run.Journal.Write(Instance, Node, eventName, message, payload);

    /// <summary>Evaluates an input of a child activity of this container, in the scope the child will run in.</summary>
    internal T? EvaluateChildInput<T>(ActivityNode child, string inputName) =>
        child.FindInput(inputName) is { } value ? Evaluate<T>(value.Expression, inputName, _run.ScopeInside(Instance), child) : default;

    private T? Evaluate<T>(Expression expression, string inputName, VariableScope scope, ActivityNode? node = null)
    {
        var context = new ExpressionContext(node ?? Node, inputName, scope, _run.Input, _run.Definition.Inputs);
        return _run.Dependencies.Expressions.Evaluate(expression, typeof(T), context) is T value ? value : default;
    }

    private VariableScope Scope() => _run.ScopeInside(Instance.ParentId is { } parentId ? _run.Find(parentId) : null);

    private string InputNameOf(Input input) =>
        Node.Inputs.FirstOrDefault(entry => ReferenceEquals(entry.Value?.Expression, input.Expression)).Key ?? "?";
}
