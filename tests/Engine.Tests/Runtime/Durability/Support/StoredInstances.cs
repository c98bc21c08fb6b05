using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Persistence;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

/// <summary>What the database holds for an instance, read straight from the tables.</summary>
internal static class StoredInstances
{
    public static Task<WorkflowInstance> InstanceAsync(this RuntimeHarness harness, string instanceId) =>
        harness.QueryAsync(context => context.WorkflowInstances.AsNoTracking().SingleAsync(row => row.Id == instanceId));

    public static async Task<WorkflowState> StateAsync(this RuntimeHarness harness, string instanceId) =>
        RuntimeJson.DeserializeState((await harness.InstanceAsync(instanceId)).State);

    public static Task<List<Bookmark>> BookmarksAsync(this RuntimeHarness harness, string instanceId) =>
        harness.QueryAsync(context => context.Bookmarks.AsNoTracking().Where(row => row.WorkflowInstanceId == instanceId).ToListAsync());

    /// <summary>The instance's journal lines as stored, read straight from its burst records.</summary>
    public static async Task<List<JournalEntry>> JournalAsync(this RuntimeHarness harness, string instanceId) =>
        BurstRecord.JournalOf(await harness.QueryAsync(context =>
            context.BurstRecords.AsNoTracking().Where(record => record.WorkflowInstanceId == instanceId).ToListAsync())).ToList();

    /// <summary>The <c>n</c> of every resume the instance received, in order.</summary>
    public static async Task<List<int>> ReceivedAsync(this RuntimeHarness harness, string instanceId) =>
        ((await harness.StateAsync(instanceId)).Variables["received"]?.AsArray() ?? [])
            .Select(node => node!.GetValue<int>())
            .ToList();

    public static JsonObject Number(int n) => new() { ["n"] = n };

    public static async Task<string> StartAsync(this RuntimeHarness harness, string workflowName, JsonObject? input = null)
    {
        var definitionId = await harness.PublishAsync(workflowName);
        var result = await harness.Runtime.StartAsync(definitionId, new StartOptions { Input = input });
        return result.Instances.Single().WorkflowInstanceId;
    }
}
