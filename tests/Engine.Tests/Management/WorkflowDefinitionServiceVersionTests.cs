using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Engine.Tests.Management;

public sealed class WorkflowDefinitionServiceVersionTests : DefinitionServiceTestBase
{
    [Fact]
    public async Task FindAsync_AfterPublish_OverlaysTheStoreColumnsOnTheStoredJson()
    {
        var definitionId = await CreateAsync("Report duty");

        await Service.PublishAsync(definitionId);
        var read = await Service.FindAsync(definitionId, VersionOptions.Latest);

        read!.IsPublished.Should().BeTrue("the store flips the flag without rewriting the JSON");
        read.IsLatest.Should().BeTrue();
    }

    [Fact]
    public async Task RetractAsync_PublishedDefinition_LeavesNoPublishedVersion()
    {
        var definitionId = await CreateAsync("Report duty", publish: true);

        var retracted = await Service.RetractAsync(definitionId);

        retracted!.IsPublished.Should().BeFalse();
        (await Service.FindAsync(definitionId, VersionOptions.Published)).Should().BeNull();
    }

    [Fact]
    public async Task RevertAsync_ToVersionOne_AddsVersionThreeWithVersionOnesName()
    {
        var definitionId = await CreateAsync("First", publish: true);
        var edit = NewModel("Second");
        edit["definitionId"] = definitionId;
        await Service.SaveAsync(new WorkflowDefinitionSave { Model = edit });

        var reverted = await Service.RevertAsync(definitionId, 1);

        reverted!.Should().Match<WorkflowDefinitionSummary>(summary =>
            summary.Version == 3 && summary.Name == "First" && summary.IsLatest && summary.MaterializerName == "Json");
    }

    [Fact]
    public async Task RevertAsync_UnknownVersion_ReturnsNull()
    {
        var definitionId = await CreateAsync("First");

        (await Service.RevertAsync(definitionId, 7)).Should().BeNull();
    }

    [Fact]
    public async Task DeleteAsync_ExistingAndMissingDefinition_ReportWhetherSomethingWasDeleted()
    {
        var definitionId = await CreateAsync("Report duty");

        (await Service.DeleteAsync(definitionId)).Should().BeTrue();
        (await Service.DeleteAsync(definitionId)).Should().BeFalse();
    }

    [Fact]
    public async Task CountAsync_TwoDefinitionsOneWithTwoVersions_CountsDefinitions()
    {
        var definitionId = await CreateAsync("First", publish: true);
        await CreateAsync("Second");
        var edit = NewModel("First v2");
        edit["definitionId"] = definitionId;
        await Service.SaveAsync(new WorkflowDefinitionSave { Model = edit });

        (await Service.CountAsync()).Should().Be(2);
    }

    [Fact]
    public async Task ExportThenImport_IntoEmptyDatabase_KeepsDefinitionIdAndPublishes()
    {
        var definitionId = await CreateAsync("Report duty");
        var exported = await Service.ExportAsync(definitionId, VersionOptions.Latest);
        await Service.DeleteAsync(definitionId);

        var imported = await Service.ImportAsync(exported!);

        JsonNode.Parse(exported!)!["definitionId"]!.GetValue<string>().Should().Be(definitionId);
        imported.Definition.Should().Match<WorkflowDefinition>(definition =>
            definition.DefinitionId == definitionId && definition.IsPublished && definition.Name == "Report duty");
    }

    [Fact]
    public async Task FindManyByIdAsync_TwoVersionIds_ReturnsBoth()
    {
        var first = await Service.SaveAsync(new WorkflowDefinitionSave { Model = NewModel("First") });
        var second = await Service.SaveAsync(new WorkflowDefinitionSave { Model = NewModel("Second") });

        var found = await Service.FindManyByIdAsync([first.Definition.Id, second.Definition.Id]);

        found.Select(definition => definition.Name).Should().BeEquivalentTo("First", "Second");
    }
}
