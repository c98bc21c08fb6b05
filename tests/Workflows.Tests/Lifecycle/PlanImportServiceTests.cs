using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Activities.Plans;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Serialization;
using PlanWorkflows.Engine.Validation;
using PlanWorkflows.Workflows.Lifecycle;
using PlanWorkflows.Workflows.Tests.Compilation;

namespace PlanWorkflows.Workflows.Tests.Lifecycle;

/// <summary>The import service as a host composes it, on a real SQLite file in a temp folder.</summary>
public sealed class PlanImportServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset ImportedAt = new(2024, 6, 3, 9, 0, 0, TimeSpan.FromHours(7));
    private PlanLifecycleHost _host = null!;

    public async Task InitializeAsync() => _host = await PlanLifecycleHost.StartAsync(ImportedAt);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ImportAsync_Sample_StoresThePlanAndPublishesOneDefinitionPerSection()
    {
        var outcome = await _host.ImportSampleAsync();

        outcome.Status.Should().Be(PlanImportStatus.Imported);
        var stored = _host.Query(context => context.Set<StoredPlan>().Single());
        stored.Id.Should().Be("2024-bfdda2a4");
        stored.Content.Should().Equal(await File.ReadAllBytesAsync(PlanLifecycleHost.SamplePath));
        stored.SourceText.Should().Contain("UBND các xã, thị trấn");
        stored.PlanJson.Should().Contain("\"tasks\"");
        stored.ImportedAt.Should().Be(ImportedAt);
        stored.DefinitionIds.Should().HaveCount(8).And.Equal(outcome.Plan!.DefinitionIds);
        foreach (var definitionId in stored.DefinitionIds)
        {
            (await _host.Definitions.FindAsync(definitionId, VersionOptions.Published)).Should().NotBeNull(definitionId);
        }
    }

    [Fact]
    public async Task ImportAsync_Sample_StartsOneInstancePerSectionCorrelatedByPlanAndSection()
    {
        await _host.ImportSampleAsync();

        var instances = _host.Query(context => context.Set<WorkflowInstance>().ToList());
        instances.Select(instance => instance.CorrelationId).Should().BeEquivalentTo(
            "2024-bfdda2a4:II.1", "2024-bfdda2a4:II.2", "2024-bfdda2a4:II.3", "2024-bfdda2a4:II.4",
            "2024-bfdda2a4:III.1", "2024-bfdda2a4:III.2", "2024-bfdda2a4:III.3", "2024-bfdda2a4:III.4");
        instances.Should().OnlyContain(instance => instance.Status == WorkflowStatus.Running && instance.SubStatus == WorkflowSubStatus.Suspended);
    }

    [Fact]
    public async Task ImportAsync_SameDocumentTwice_StartsAndPublishesNothingAgain()
    {
        var first = await _host.ImportSampleAsync();

        var second = await _host.ImportSampleAsync();

        second.Status.Should().Be(PlanImportStatus.AlreadyImported);
        second.Plan!.Id.Should().Be(first.Plan!.Id);
        _host.Query(context => context.Set<StoredPlan>().Count()).Should().Be(1);
        _host.Query(context => context.Set<WorkflowInstance>().Count()).Should().Be(8);
        (await _host.Definitions.FindAsync(first.Plan.DefinitionIds[0], VersionOptions.Latest))!.Version.Should().Be(1);
    }

    [Fact]
    public async Task ImportAsync_AgainAfterAnImportStoppedBeforeStoringThePlan_StartsNoSecondInstance()
    {
        await _host.ImportSampleAsync();
        _host.Query(context => context.Set<StoredPlan>().ExecuteDelete());

        var again = await _host.ImportSampleAsync();

        again.Status.Should().Be(PlanImportStatus.Imported);
        _host.Query(context => context.Set<WorkflowInstance>().Count()).Should().Be(8);
    }

    [Fact]
    public async Task ImportAsync_UnreadableDocument_IsRefusedAndNothingIsStored()
    {
        var service = _host.Services.GetRequiredService<PlanImportService>();

        var outcome = await service.ImportAsync(new MemoryStream([0x25, 0x50, 0x44, 0x46]), "plan.pdf");

        outcome.Status.Should().Be(PlanImportStatus.Refused);
        outcome.Refusal.Should().NotBeNullOrWhiteSpace();
        _host.Query(context => context.Set<StoredPlan>().Count()).Should().Be(0);
        (await _host.Definitions.CountAsync()).Should().Be(0);
        _host.Query(context => context.Set<WorkflowInstance>().Count()).Should().Be(0);
    }

    [Fact]
    public async Task ExportAsync_PublishedSampleDefinitions_ValidateAndLoadBackUnchanged()
    {
        var outcome = await _host.ImportSampleAsync();
        var serializer = _host.Services.GetRequiredService<WorkflowDefinitionSerializer>();
        var validator = _host.Services.GetRequiredService<WorkflowDefinitionValidator>();
        var identities = _host.Services.GetRequiredService<IIdentityGenerator>();

        foreach (var definitionId in outcome.Plan!.DefinitionIds)
        {
            var exported = (await _host.Definitions.ExportAsync(definitionId, VersionOptions.Published))!;

            validator.ValidateJson(exported, identities).Should().BeEmpty(definitionId);
            var reloaded = serializer.Read(exported);
            reloaded.Diagnostics.Should().BeEmpty(definitionId);
            JsonNode.DeepEquals(WorkflowDefinitionSerializer.ToJson(reloaded.Definition), JsonNode.Parse(exported)).Should().BeTrue(definitionId);
            JsonNode.DeepEquals(JsonNode.Parse(exported)!["root"], CompiledRootOf(definitionId)).Should().BeTrue(definitionId);
        }
    }

    private static JsonNode? CompiledRootOf(string definitionId) =>
        WorkflowDefinitionSerializer.ToJson(SampleCompilation.Compile().Single(workflow => workflow.Definition.DefinitionId == definitionId).Definition)["root"];
}
