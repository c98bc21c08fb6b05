using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Instances.Queries;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Runtime.Timers;
using PlanWorkflows.Engine.Serialization;
using PlanWorkflows.Engine.Validation;

namespace PlanWorkflows.Host.CommandLine;

/// <summary>
/// <c>workflow run FILE [--input JSON]</c>: runs a definition file on a throw-away SQLite database, firing timers at
/// once, prints every WriteLine line and then <c>status: Status/SubStatus</c>. Exit 0 when it finished, 3 when it waits
/// on a bookmark, 1 when it faulted or was cancelled, 2 when the file or the input cannot be used.
/// </summary>
internal static class WorkflowRunVerb
{
    public const int Finished = 0;
    public const int Failed = 1;
    public const int Refused = 2;
    public const int Suspended = 3;
    private const string Usage = "usage: workflow run FILE [--input JSON]";

    /// <summary>Bounds the timer rounds, so a workflow that keeps scheduling timers still ends.</summary>
    private const int MaxTimerRounds = 1000;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (!TryReadArguments(args, out var path, out var inputJson))
        {
            await stderr.WriteLineAsync(Usage);
            return Refused;
        }

        string json;
        JsonObject input;
        try
        {
            json = await File.ReadAllTextAsync(path);
            input = inputJson is null ? [] : JsonNode.Parse(inputJson) as JsonObject ?? throw new JsonException("--input must be a JSON object.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            await stderr.WriteLineAsync($"workflow run: {exception.Message}");
            return Refused;
        }

        var folder = Directory.CreateTempSubdirectory("planworkflows-run-").FullName;
        try
        {
            return await RunOnThrowAwayDatabaseAsync(json, input, folder, stdout, stderr);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> RunOnThrowAwayDatabaseAsync(
        string json, JsonObject input, string folder, TextWriter stdout, TextWriter stderr)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(folder, "run.db")}" })
            .Build();
        await using var services = new ServiceCollection()
            .AddSingleton<IWorkflowStandardOutput>(new WriterStandardOutput(stdout))
            .AddWorkflowRuntime(configuration)
            .BuildServiceProvider();
        var errors = new WorkflowDefinitionValidator(services.GetRequiredService<ActivityRegistry>())
            .ValidateJson(json, services.GetRequiredService<IIdentityGenerator>());
        if (errors.Count > 0)
        {
            await stderr.WriteLineAsync($"workflow run: {string.Join("; ", errors.Select(error => error.Message))}");
            return Refused;
        }

        await EngineDatabase.MigrateAsync(services);
        var definitionId = await PublishAsync(services, json);
        var started = await services.GetRequiredService<IWorkflowRuntime>().StartAsync(definitionId, new StartOptions { Input = input });
        var instanceId = started.Instances.Single().WorkflowInstanceId;
        await FireTimersAsync(services.GetRequiredService<TimerScheduler>());
        var instance = await services.GetRequiredService<IWorkflowInstanceQueries>().FindAsync(instanceId)
            ?? throw new InvalidOperationException($"The instance '{instanceId}' vanished from the run database.");
        await stdout.WriteLineAsync($"status: {instance.Status}/{instance.SubStatus}");
        return instance.SubStatus switch
        {
            WorkflowSubStatus.Finished => Finished,
            WorkflowSubStatus.Suspended => Suspended,
            _ => Failed,
        };
    }

    private static async Task<string> PublishAsync(IServiceProvider services, string json)
    {
        var store = services.GetRequiredService<IWorkflowDefinitionStore>();
        var definition = services.GetRequiredService<WorkflowDefinitionSerializer>().Read(json).Definition;
        var draft = await store.SaveDraftAsync(new WorkflowDefinitionDraft { Name = definition.Name, Data = json });
        await store.PublishAsync(draft.DefinitionId);
        return draft.DefinitionId;
    }

    /// <summary>Like Elsa's test harness: every timer fires now, due or not, until none is left.</summary>
    private static async Task FireTimersAsync(TimerScheduler scheduler)
    {
        for (var round = 0; round < MaxTimerRounds && await scheduler.RunTimersDueByAsync(DateTimeOffset.MaxValue) > 0; round++)
        {
        }
    }

    private static bool TryReadArguments(string[] args, out string path, out string? inputJson)
    {
        (path, inputJson) = args switch
        {
            [var file] => (file, null),
            [var file, "--input", var json] => (file, json),
            _ => (string.Empty, null),
        };
        return path.Length > 0;
    }

    private sealed class WriterStandardOutput(TextWriter writer) : IWorkflowStandardOutput
    {
        public void WriteLine(string text) => writer.WriteLine(text);
    }
}
