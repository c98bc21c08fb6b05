using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Host.Hosting;

/// <summary>
/// On start-up, publishes every definition of the <c>workflow-definitions/</c> folder (the sample plan compiled) that
/// the database does not hold yet, so a first start shows the sample workflows in Studio. Definitions already stored
/// are left as administrators changed them.
/// </summary>
internal sealed partial class WorkflowDefinitionsFolderLoader(
    IConfiguration configuration,
    IHostEnvironment environment,
    IWorkflowDefinitionService definitions,
    ILogger<WorkflowDefinitionsFolderLoader> logger) : IHostedService
{
    public const string FolderKey = "WorkflowDefinitions:Folder";
    private const string DefaultFolder = "../../workflow-definitions";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(configuration[FolderKey] ?? DefaultFolder, environment.ContentRootPath);
        if (!Directory.Exists(folder))
        {
            LogNoFolder(logger, folder);
            return;
        }

        var loaded = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var json = await File.ReadAllTextAsync(file, cancellationToken);
            var definitionId = WorkflowDefinitionSerializer.Parse(json)["definitionId"]?.GetValue<string>();
            if (definitionId is null || await definitions.FindAsync(definitionId, VersionOptions.Latest, cancellationToken) is null)
            {
                await definitions.ImportAsync(json, cancellationToken);
                loaded++;
            }
        }

        LogPublished(logger, loaded, folder);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "No workflow-definitions folder at {Folder}; nothing to load")]
    private static partial void LogNoFolder(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Count} workflow definitions from {Folder}")]
    private static partial void LogPublished(ILogger logger, int count, string folder);
}
