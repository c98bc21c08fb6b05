using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Validation;

namespace PlanWorkflows.Engine.Tests.Management;

public sealed class WorkflowDefinitionServiceSaveTests : DefinitionServiceTestBase
{
    [Fact]
    public async Task SaveAsync_ModelWithoutDefinitionId_CreatesVersionOneWithServerAssignedIds()
    {
        var saved = await Service.SaveAsync(new WorkflowDefinitionSave { Model = NewModel("Workflow 1") });

        saved.IsNew.Should().BeTrue();
        saved.Definition.DefinitionId.Should().MatchRegex("^[0-9a-f]{16}$");
        saved.Definition.Should().Match<WorkflowDefinition>(definition =>
            definition.Version == 1 && definition.IsLatest && !definition.IsPublished && definition.CreatedAt == Clock.GetUtcNow());
        var row = await Store.FindAsync(saved.Definition.DefinitionId, VersionOptions.Latest);
        row!.Id.Should().Be(saved.Definition.Id);
    }

    [Fact]
    public async Task SaveAsync_RecordedStudioModel_IsStoredUnderItsDefinitionIdAndReadBackWithNodeIds()
    {
        var saved = await Service.SaveAsync(new WorkflowDefinitionSave { Model = RecordedStudioModel() });
        var savedAgain = await Service.SaveAsync(new WorkflowDefinitionSave { Model = RecordedStudioModel() });

        saved.IsNew.Should().BeTrue("no version of plan-1 existed");
        savedAgain.IsNew.Should().BeFalse();
        var read = await Service.FindAsync("plan-1", VersionOptions.Latest);
        read!.Name.Should().Be("Budget implementation plan (edited)");
        read.Id.Should().Be(saved.Definition.Id).And.NotBeNullOrEmpty();
        read.AllActivities().Select(node => node.NodeId).Should().Contain(
            ["Workflow1:Flowchart1", "Workflow1:Flowchart1:Approve1", "Workflow1:Flowchart1:e15338c7cb514e81"]);
        read.UnknownProperties.ContainsKey("links").Should().BeFalse("links are generated per caller");
    }

    [Fact]
    public async Task SaveAsync_InvalidModel_ThrowsEveryErrorAndStoresNothing()
    {
        var model = NewModel("Broken");
        model["root"]!["activities"] = new JsonArray(WriteLine("A"), WriteLine("A"));
        model["root"]!["connections"] = new JsonArray(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = "A", ["port"] = "Done" },
            ["target"] = new JsonObject { ["activity"] = "Ghost", ["port"] = "In" },
        });

        var save = () => Service.SaveAsync(new WorkflowDefinitionSave { Model = model });

        var thrown = await save.Should().ThrowAsync<DefinitionValidationException>();
        thrown.Which.Errors.Should().HaveCountGreaterThanOrEqualTo(2);
        thrown.Which.Errors.Select(error => error.Message).Should()
            .Contain(message => message.Contains("more than one activity"))
            .And.Contain(message => message.Contains("'Ghost'"));
        (await Service.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task SaveAsync_PublishRequested_PublishesTheSavedVersion()
    {
        var saved = await Service.SaveAsync(new WorkflowDefinitionSave { Model = NewModel("Report duty"), Publish = true });

        saved.Definition.IsPublished.Should().BeTrue();
        (await Service.FindAsync(saved.Definition.DefinitionId, VersionOptions.Published))!.Id.Should().Be(saved.Definition.Id);
    }

    [Fact]
    public async Task SaveAsync_EditOfPublishedDefinition_CreatesVersionTwoAsLatestDraft()
    {
        var definitionId = await CreateAsync("Report duty", publish: true);
        var edit = NewModel("Report duty (edited)");
        edit["definitionId"] = definitionId;

        var saved = await Service.SaveAsync(new WorkflowDefinitionSave { Model = edit });

        saved.Definition.Should().Match<WorkflowDefinition>(definition =>
            definition.Version == 2 && definition.IsLatest && !definition.IsPublished);
        (await Service.FindAsync(definitionId, VersionOptions.Published))!.Version.Should().Be(1);
    }

    private static JsonObject WriteLine(string id) => new() { ["id"] = id, ["type"] = "Elsa.WriteLine", ["version"] = 1 };
}
