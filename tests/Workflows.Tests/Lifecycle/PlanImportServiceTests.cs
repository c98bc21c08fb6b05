using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Activities.Tasks;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Workflows.Lifecycle;
using PlanWorkflows.Workflows.Tests.Plans;

namespace PlanWorkflows.Workflows.Tests.Lifecycle;

/// <summary>The import service over the definition service on a real SQLite file in a temp folder.</summary>
public sealed class PlanImportServiceTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("plan-import-").FullName;
    private readonly InMemoryPlanStore plans = new();
    private ServiceProvider? services;

    private IWorkflowDefinitionService Definitions => services!.GetRequiredService<IWorkflowDefinitionService>();

    public async Task InitializeAsync()
    {
        services = new ServiceCollection()
            .AddEnginePersistence(new ConnectionStringConfiguration($"Data Source={Path.Combine(folder, "engine.db")}"))
            .AddActivities(typeof(AssignTask).Assembly)
            .AddWorkflowDefinitions()
            .BuildServiceProvider();
        await EngineDatabase.MigrateAsync(services);
    }

    public async Task DisposeAsync()
    {
        await services!.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ImportAsync_Sample_StoresThePlanAndPublishesOneDefinitionPerSection()
    {
        var outcome = await ImportSampleAsync();

        outcome.Status.Should().Be(PlanImportStatus.Imported);
        outcome.Plan!.DefinitionIds.Should().HaveCount(8);
        plans.Plans.Should().ContainSingle().Which.Content.Should().Equal(await File.ReadAllBytesAsync(SamplePath));
        foreach (var definitionId in outcome.Plan.DefinitionIds)
        {
            (await Definitions.FindAsync(definitionId, VersionOptions.Published)).Should().NotBeNull(definitionId);
        }
    }

    [Fact]
    public async Task ImportAsync_SameDocumentTwice_ReturnsTheStoredPlanAndPublishesNothingAgain()
    {
        var first = await ImportSampleAsync();

        var second = await ImportSampleAsync();

        second.Status.Should().Be(PlanImportStatus.AlreadyImported);
        second.Plan.Should().BeSameAs(first.Plan);
        plans.Plans.Should().ContainSingle();
        var latest = await Definitions.FindAsync(first.Plan!.DefinitionIds[0], VersionOptions.Latest);
        latest!.Version.Should().Be(1);
    }

    [Fact]
    public async Task ImportAsync_UnreadableDocument_IsRefusedAndNothingIsStored()
    {
        var service = CreateService();

        var outcome = await service.ImportAsync(new MemoryStream([0x25, 0x50, 0x44, 0x46]), "plan.pdf");

        outcome.Status.Should().Be(PlanImportStatus.Refused);
        outcome.Refusal.Should().NotBeNullOrWhiteSpace();
        plans.Plans.Should().BeEmpty();
        (await Definitions.CountAsync()).Should().Be(0);
    }

    private static string SamplePath => SharedPlans.PathOf(SharedPlans.Sample + ".txt");

    private async Task<PlanImportOutcome> ImportSampleAsync()
    {
        await using var document = File.OpenRead(SamplePath);
        return await CreateService().ImportAsync(document, Path.GetFileName(SamplePath));
    }

    private PlanImportService CreateService() =>
        new(PlanText.Directory, services!.GetRequiredService<Engine.Descriptors.ActivityRegistry>(), Definitions, plans);
}
