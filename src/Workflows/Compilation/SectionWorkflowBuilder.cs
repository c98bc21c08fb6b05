using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>
/// One section's flowchart: <c>Start</c> → every task's chain in parallel → <c>FlowJoin</c> (WaitAll) → <c>End</c>.
/// </summary>
internal sealed class SectionWorkflowBuilder(CompilerActivities activities, SectionContext context)
{
    public FlowchartContent Build(IReadOnlyList<PlanTask> tasks)
    {
        var start = StepNodes.Create(context, activities.Start, "Start", StepNodes.Metadata(context.Layout.Start(), "Bắt đầu"));
        var join = StepNodes.Create(
            context,
            activities.Join,
            "Join",
            StepNodes.Metadata(context.Layout.Join(), "Chờ mọi nhiệm vụ hoàn thành"),
            new StepInputs(activities.Join).Choice(nameof(FlowJoin.Mode), FlowJoinMode.WaitAll).Build());
        var end = StepNodes.Create(context, activities.End, "End", StepNodes.Metadata(context.Layout.End(), "Kết thúc"));

        var chains = tasks.Select((task, row) => new TaskChainBuilder(activities, context).Build(task, row)).ToList();
        var connections = chains.SelectMany(chain => chain.Connections
                .Prepend(Connect(new Endpoint(start.Id, StepPorts.Done), chain.EntryId))
                .Concat(chain.Exits.Select(exit => Connect(exit, join.Id))))
            .Append(Connect(new Endpoint(join.Id, StepPorts.Done), end.Id));

        return new FlowchartContent
        {
            Activities = [start, .. chains.SelectMany(chain => chain.Steps), join, end],
            Connections = connections.ToList(),
        };
    }

    private static Connection Connect(Endpoint source, string targetId) => new(source, new Endpoint(targetId, Connection.InboundPort));
}
