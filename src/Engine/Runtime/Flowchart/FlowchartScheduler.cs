using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Activities.Abstractions;
using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Runtime.Flowchart;

/// <summary>
/// Elsa 3.8's counter-based flowchart. A completed child visits its outbound connections in JSON order, following those
/// whose port is among its outcomes. A target with several forward inbound connections is a join: it runs once every
/// inbound connection was visited and at least one followed (a FlowJoin by its mode), else it is skipped and spreads
/// "not followed" downstream. Backward connections (loops) schedule their target directly.
/// </summary>
internal sealed class FlowchartScheduler(ActivityExecutionContext flowchart, FlowchartContent content)
{
    private readonly FlowGraph _graph = FlowGraph.Of(content);
    private readonly FlowScope _scope = FlowScope.Load(flowchart.ActivityState);
    private readonly WorkflowRun _run = flowchart.Run;

    public ValueTask StartAsync()
    {
        var variables = new JsonObject();
        VariableScope.Initialize(content.Variables, variables);
        flowchart.ActivityState["variables"] = variables;
        if (_graph.Start is not { } start)
        {
            return flowchart.CompleteAsync();
        }

        _run.Schedule(start, flowchart.ActivityInstanceId);
        return ValueTask.CompletedTask;
    }

    public async ValueTask OnChildCompletedAsync(ActivityExecutionContext child, IReadOnlyList<string> outcomes)
    {
        if (child.Activity is ITerminalActivity)
        {
            await flowchart.CompleteAsync();
            return;
        }

        var scheduled = Propagate(child.Node.Id, outcomes, child.Instance.ViaBackwardConnection);
        _scope.Save(flowchart.ActivityState);
        if (!scheduled)
        {
            await CompleteIfIdleAsync();
        }
    }

    private async ValueTask CompleteIfIdleAsync()
    {
        if (!_run.ChildrenOf(flowchart.ActivityInstanceId).Any() && !_run.HasQueuedWork(flowchart.ActivityInstanceId))
        {
            await flowchart.CompleteAsync();
        }
    }

    /// <summary>Visits the activity's outbound connections; an empty <paramref name="outcomes"/> marks the activity skipped.</summary>
    private bool Propagate(string activityId, IReadOnlyList<string> outcomes, bool viaBackwardConnection = false)
    {
        if (!viaBackwardConnection)
        {
            _scope.VisitActivity(activityId);
        }

        var scheduled = false;
        foreach (var connection in _graph.Outbound(activityId).ToList())
        {
            var followed = outcomes.Contains(connection.Source.Port);
            _scope.VisitConnection(connection, followed);
            if (_graph.IsBackward(connection))
            {
                scheduled |= followed && Schedule(connection.Target.Activity, viaBackwardConnection: true);
            }
            else
            {
                scheduled |= OnForwardVisit(connection);
            }
        }

        return scheduled;
    }

    private bool OnForwardVisit(Connection connection)
    {
        var target = _graph.Activity(connection.Target.Activity);
        var inbound = _graph.ForwardInbound(target.Id);
        return JoinMode(target) switch
        {
            FlowJoinMode.WaitAny => OnWaitAnyVisit(connection, target, inbound),
            FlowJoinMode.WaitAll when _scope.AllInboundVisited(inbound, target.Id) =>
                _scope.AllInboundFollowed(inbound, target.Id) ? Schedule(target.Id) : Skip(target.Id),
            FlowJoinMode.WaitAllActive when _scope.AllInboundVisited(inbound, target.Id) =>
                _scope.AnyInboundFollowed(inbound, target.Id) ? Schedule(target.Id) : Skip(target.Id),
            _ => false,
        };
    }

    private bool OnWaitAnyVisit(Connection connection, ActivityNode target, IReadOnlyList<Connection> inbound)
    {
        if (_scope.IsSpent(connection) || _run.IsQueued(flowchart.ActivityInstanceId, target.Id))
        {
            return false;
        }

        if (_scope.AnyInboundFollowed(inbound, target.Id))
        {
            Schedule(target.Id);
            CancelOtherBranches(target.Id);
            return true;
        }

        return _scope.AllInboundVisited(inbound, target.Id) && Skip(target.Id);
    }

    /// <summary>A WaitAny join fired: its still-running or queued ancestors are cancelled and count as skipped.</summary>
    private void CancelOtherBranches(string joinId)
    {
        var ancestors = _graph.Ancestors(joinId);
        var running = _run.ChildrenOf(flowchart.ActivityInstanceId).Where(instance => ancestors.Contains(_run.NodeOf(instance).Id)).ToList();
        var queued = _run.Unschedule(flowchart.ActivityInstanceId, item => ancestors.Contains(item.Node.Id));
        foreach (var instance in running)
        {
            _run.Cancel(instance);
        }

        foreach (var activityId in running.Select(instance => _run.NodeOf(instance).Id).Concat(queued.Select(item => item.Node.Id)))
        {
            Propagate(activityId, []);
        }
    }

    private FlowJoinMode JoinMode(ActivityNode target) =>
        _run.ActivityOf(target) is FlowJoin ? flowchart.EvaluateChildInput<FlowJoinMode?>(target, nameof(FlowJoin.Mode)) ?? FlowJoinMode.WaitAny : FlowJoinMode.WaitAllActive;

    private bool Schedule(string activityId, bool viaBackwardConnection = false)
    {
        _run.Schedule(_graph.Activity(activityId), flowchart.ActivityInstanceId, viaBackwardConnection);
        return true;
    }

    private bool Skip(string activityId) => Propagate(activityId, []);
}
