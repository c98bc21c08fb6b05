using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.CrashTestHost;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Stimuli;

// Usage: <database file> <instance id> <first n> <last n>
// Sends ticks first..last to the instance (starting it if needed) and prints "ack n" after each one committed.
const string DefinitionId = "crash-test";
var (databasePath, instanceId) = (args[0], args[1]);
var (first, last) = (int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));

var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = $"Data Source={databasePath}" })
    .Build();
await using var services = new ServiceCollection()
    .AddSingleton<IWorkflowExecutor, TickCounter>()
    .AddWorkflowRuntime(configuration)
    .BuildServiceProvider();
await EngineDatabase.MigrateAsync(services);

var store = services.GetRequiredService<IWorkflowDefinitionStore>();
if (await store.FindAsync(DefinitionId, VersionOptions.Published) is null)
{
    await store.SaveDraftAsync(new WorkflowDefinitionDraft
    {
        DefinitionId = DefinitionId,
        Data = """{"name":"crash-test","root":{"type":"Elsa.Flowchart","id":"flowchart","activities":[]}}""",
    });
    await store.PublishAsync(DefinitionId);
}

var runtime = services.GetRequiredService<IWorkflowRuntime>();
await runtime.StartAsync(DefinitionId, new StartOptions { InstanceId = instanceId });
for (var n = first; n <= last; n++)
{
    await runtime.TriggerAsync(new Stimulus(TickCounter.ActivityType)
    {
        WorkflowInstanceId = instanceId,
        Input = new() { ["n"] = n },
        IdempotencyKey = $"tick-{n}",
    });
    Console.WriteLine($"ack {n}");
}
