using System.Reflection;
using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>The lifecycle of activity instances: start, resume, complete, cancel, fault.</summary>
internal sealed partial class WorkflowRun
{
    public void Start(JsonObject input)
    {
        Input = (JsonObject)input.DeepClone();
        VariableScope.Initialize(Definition.Variables, Variables);
        Schedule(Definition.Root, ownerId: null);
    }

    public async ValueTask ResumeAsync(Bookmark bookmark, JsonObject input)
    {
        var instance = Find(bookmark.ActivityInstanceId);
        if (instance is null || !Bookmarks.Remove(bookmark.Id))
        {
            throw new BookmarkNotFoundException($"Bookmark '{bookmark.Id}' of instance '{InstanceId}' is not waiting (activity instance '{bookmark.ActivityInstanceId}').");
        }

        Journal.Write(instance, NodeOf(instance), "Resumed");
        var context = ContextOf(instance, input);
        await InvokeAsync(instance, context, () => Callback(context, bookmark.CallbackMethodName));
    }

    /// <summary>Cancels every running activity and ends the instance as Cancelled.</summary>
    public void CancelWorkflow()
    {
        foreach (var instance in RunningInstances.Where(instance => instance.ParentId is null).ToList())
        {
            Cancel(instance);
        }

        EndWorkflow(WorkflowSubStatus.Cancelled);
    }

    /// <summary>Ends the whole workflow (<c>Elsa.Finish</c>): the queue is dropped and every other activity cancelled.</summary>
    public void FinishWorkflow(ActivityInstance finisher)
    {
        foreach (var instance in RunningInstances.Where(instance => instance.Id != finisher.Id).ToList())
        {
            CancelOne(instance);
        }

        EndWorkflow(WorkflowSubStatus.Finished);
    }

    public async ValueTask CompleteAsync(ActivityInstance instance, IReadOnlyList<string> outcomes)
    {
        if (instance.Status != ActivityStatus.Running)
        {
            return;
        }

        CancelChildren(instance);
        Bookmarks.RemoveOf(instance.Id);
        Settle(instance, ActivityStatus.Completed, "Completed");
        var parent = instance.ParentId is { } parentId ? Find(parentId) : null;
        if (Ending is not null)
        {
            return;
        }

        if (parent is null)
        {
            EndWorkflow(WorkflowSubStatus.Finished);
            return;
        }

        if (ActivityOf(NodeOf(parent)) is ICompositeActivity composite)
        {
            await composite.OnChildCompletedAsync(ContextOf(parent), ContextOf(instance), outcomes);
        }
    }

    /// <summary>Cancels an activity and everything it runs; its bookmarks are removed.</summary>
    public void Cancel(ActivityInstance instance)
    {
        if (instance.Status == ActivityStatus.Running)
        {
            CancelChildren(instance);
            CancelOne(instance);
        }
    }

    private async ValueTask StartAsync(WorkItem item)
    {
        var instance = new ActivityInstance
        {
            Id = Dependencies.Identities.NewId(),
            NodeId = item.Node.NodeId,
            ParentId = item.OwnerId,
            ViaBackwardConnection = item.ViaBackwardConnection,
            StartedAt = Dependencies.TimeProvider.GetUtcNow(),
        };
        Register(instance);
        Journal.Write(instance, item.Node, "Started");
        Journal.Record(instance, item.Node, hasBookmarks: false);
        var context = ContextOf(instance);
        await InvokeAsync(instance, context, () => context.Activity.ExecuteAsync(context));
    }

    private async ValueTask InvokeAsync(ActivityInstance instance, ActivityExecutionContext context, Func<ValueTask> body)
    {
        try
        {
            await body();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Fault(instance, exception);
            return;
        }

        if (instance.Status == ActivityStatus.Running && context.CreatedBookmarkCount > 0)
        {
            Journal.Write(instance, context.Node, "Suspended");
            Journal.Record(instance, context.Node, hasBookmarks: true);
        }
    }

    private static ValueTask Callback(ActivityExecutionContext context, string? methodName) =>
        methodName is null ? context.Activity.ResumeAsync(context) : BookmarkCallbacks.InvokeAsync(context, methodName);

    private void Fault(ActivityInstance instance, Exception exception)
    {
        var failure = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
        var node = NodeOf(instance);
        Incidents.Add(new Incident(node.Id, node.NodeId, node.Type, failure.Message, failure.GetType().FullName ?? failure.GetType().Name, failure.StackTrace, Dependencies.TimeProvider.GetUtcNow()));
        CancelChildren(instance);
        Bookmarks.RemoveOf(instance.Id);
        Settle(instance, ActivityStatus.Faulted, "Faulted", failure.Message);
        if (!ContinuesOnIncident)
        {
            FaultWorkflow();
        }
    }

    private void FaultWorkflow()
    {
        RunningInstances.ToList().ForEach(Forget);
        Bookmarks.Clear();
        EndWorkflow(WorkflowSubStatus.Faulted);
    }

    private void CancelChildren(ActivityInstance instance)
    {
        foreach (var child in ChildrenOf(instance.Id).ToList())
        {
            Cancel(child);
        }

        Unschedule(instance.Id, _ => true);
    }

    private void CancelOne(ActivityInstance instance)
    {
        Bookmarks.RemoveOf(instance.Id);
        Settle(instance, ActivityStatus.Canceled, "Canceled");
    }

    private void Settle(ActivityInstance instance, ActivityStatus status, string eventName, string? message = null)
    {
        var node = NodeOf(instance);
        instance.Status = status;
        instance.CompletedAt = Dependencies.TimeProvider.GetUtcNow();
        Journal.Write(instance, node, eventName, message);
        Journal.Record(instance, node, hasBookmarks: false);
        Forget(instance);
    }
}
