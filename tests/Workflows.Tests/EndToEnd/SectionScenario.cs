using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Activities.Escalations;
using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Activities.WorkItems.Commands;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Workflows.Lifecycle;
using PlanWorkflows.Workflows.Tests.Lifecycle;

namespace PlanWorkflows.Workflows.Tests.EndToEnd;

/// <summary>
/// One section of the imported sample plan as its units work it: reads of its work items, escalations, instance and
/// journal, and the commands officers send (each unit has one officer, named after the unit).
/// </summary>
internal sealed class SectionScenario(PlanLifecycleHost host, string planId, string sectionId)
{
    private readonly HashSet<string> _officers = [];

    public WorkflowInstance Instance => host.Query(context =>
        context.Set<WorkflowInstance>().Single(instance => instance.CorrelationId == SectionCorrelation.Of(planId, sectionId)));

    public IReadOnlyList<WorkItem> WorkItems => host.Query(context =>
        context.Set<WorkItem>().Where(item => item.WorkflowInstanceId == Instance.Id).OrderBy(item => item.CreatedAt).ThenBy(item => item.UnitId).ToList());

    public IReadOnlyList<WorkItem> Open(WorkItemKind kind) => [.. WorkItems.Where(item => item.IsOpen && item.Kind == kind)];

    public IReadOnlyList<Escalation> Escalations
    {
        get
        {
            var itemIds = WorkItems.Select(item => item.Id).ToList();
            return host.Query(context => context.Set<Escalation>().Where(escalation => itemIds.Contains(escalation.WorkItemId)).OrderBy(escalation => escalation.RaisedAt).ToList());
        }
    }

    public IReadOnlyList<WorkItemAction> Actions
    {
        get
        {
            var itemIds = WorkItems.Select(item => item.Id).ToList();
            return host.Query(context => context.Set<WorkItemAction>().Where(action => itemIds.Contains(action.WorkItemId)).ToList());
        }
    }

    /// <summary>How many lines of the instance's journal have the activity type and event name, read through the runtime's queries.</summary>
    public async Task<long> JournalCountAsync(string activityType, string eventName) =>
        (await host.Services.GetRequiredService<IWorkflowInstanceQueries>()
            .JournalAsync(new JournalQuery(Instance.Id) { EventNames = [eventName] }))
        .Items.Count(entry => entry.ActivityType == activityType);

    public async Task MarkDoneAsync(WorkItem item) =>
        Applied(await new MarkWorkItemDone.Handler(host.Contexts, host.Runtime)
            .Handle(new MarkWorkItemDone.Command(item.Id, await OfficerOfAsync(item), "Đã triển khai", null), CancellationToken.None));

    public async Task SignOffAsync(WorkItem item) =>
        Applied(await new SignOff.Handler(host.Contexts, host.Runtime)
            .Handle(new SignOff.Command(item.Id, await OfficerOfAsync(item), "Thống nhất", null), CancellationToken.None));

    public async Task RequestChangesAsync(WorkItem item, string comment) =>
        Applied(await new RequestChanges.Handler(host.Contexts, host.Runtime)
            .Handle(new RequestChanges.Command(item.Id, await OfficerOfAsync(item), comment, null), CancellationToken.None));

    public async Task SubmitReportAsync(WorkItem item) =>
        Applied(await new SubmitReport.Handler(host.Contexts, host.Runtime)
            .Handle(new SubmitReport.Command(item.Id, await OfficerOfAsync(item), "Báo cáo năm 2024", [], null), CancellationToken.None));

    public static string OfficerOf(string unitId) => "can-bo." + unitId;

    private async Task<string> OfficerOfAsync(WorkItem item)
    {
        var userName = OfficerOf(item.UnitId);
        if (_officers.Add(userName))
        {
            await host.AddOfficerAsync(userName, item.UnitId);
        }

        return userName;
    }

    private static void Applied(WorkItemCommandResult result) => result.Outcome.Should().Be(WorkItemCommandOutcome.Applied);
}
