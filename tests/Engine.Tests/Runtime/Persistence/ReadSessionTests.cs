using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Persistence.Reads;
using PlanWorkflows.Engine.Tests.Runtime.Durability.Support;

namespace PlanWorkflows.Engine.Tests.Runtime.Persistence;

public sealed class ReadSessionTests : IAsyncLifetime
{
    private RuntimeHarness harness = null!;

    public static TheoryData<string> Selections => new()
    {
        nameof(VersionOptions.Published), nameof(VersionOptions.Latest), nameof(VersionOptions.LatestOrPublished),
        nameof(VersionOptions.LatestAndPublished), nameof(VersionOptions.Draft), nameof(VersionOptions.AllVersions), "Specific:2", "Specific:9",
    };

    public async Task InitializeAsync() => harness = await RuntimeHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Theory]
    [MemberData(nameof(Selections))]
    public async Task FindStartVersion_EachVersionOptions_SelectsWhatTheDefinitionQueriesSelect(string selection)
    {
        var definitionId = await PublishThreeVersionsAsync();
        var options = selection.StartsWith("Specific:", StringComparison.Ordinal)
            ? VersionOptions.SpecificVersion(int.Parse(selection["Specific:".Length..], System.Globalization.CultureInfo.InvariantCulture))
            : (VersionOptions)typeof(VersionOptions).GetProperty(selection)!.GetValue(null)!;

        var found = await harness.Services.GetRequiredService<ReadSessions>()
            .ReadAsync(session => session.FindStartVersion(definitionId, new StartOptions { VersionOptions = options }), CancellationToken.None);

        var expected = await harness.QueryAsync(context => context.WorkflowDefinitionVersions
            .Where(version => version.DefinitionId == definitionId)
            .WithVersion(options)
            .OrderByDescending(version => version.IsPublished)
            .ThenByDescending(version => version.Version)
            .FirstOrDefaultAsync());
        (found?.Id).Should().Be(expected?.Id);
        if (expected is not null)
        {
            (found!.Version, found.Name, found.DataRevision).Should().Be((expected.Version, expected.Name, expected.DataRevision));
        }
    }

    [Fact]
    public async Task FindDefinitionJson_DraftEditedInPlace_ReturnsTheEditAndAHigherRevision()
    {
        var store = harness.Services.GetRequiredService<IWorkflowDefinitionStore>();
        var first = await store.SaveDraftAsync(new WorkflowDefinitionDraft { Name = "draft", Data = FlowchartJson("first") });
        var edited = await store.SaveDraftAsync(new WorkflowDefinitionDraft { DefinitionId = first.DefinitionId, Name = "draft", Data = FlowchartJson("edited") });

        var found = await harness.Services.GetRequiredService<ReadSessions>()
            .ReadAsync(session => session.FindDefinitionJson(first.Id), CancellationToken.None);

        edited.Id.Should().Be(first.Id);
        found.Should().Be(new DefinitionJson(FlowchartJson("edited"), first.DataRevision + 1));
    }

    [Fact]
    public async Task FindStartVersion_ByVersionIdOfAnotherDefinition_FindsNothing()
    {
        var definitionId = await PublishThreeVersionsAsync();
        var otherVersionId = (await harness.Services.GetRequiredService<IWorkflowDefinitionStore>()
            .SaveDraftAsync(new WorkflowDefinitionDraft { Name = "other", Data = FlowchartJson("other") })).Id;

        var found = await harness.Services.GetRequiredService<ReadSessions>()
            .ReadAsync(session => session.FindStartVersion(definitionId, new StartOptions { DefinitionVersionId = otherVersionId }), CancellationToken.None);

        found.Should().BeNull();
    }

    private static string FlowchartJson(string name) =>
        $$$"""{"name":"{{{name}}}","root":{"type":"Elsa.Flowchart","id":"flowchart","activities":[]}}""";

    /// <summary>Version 1 published then superseded, version 2 published, version 3 a draft (the latest).</summary>
    private async Task<string> PublishThreeVersionsAsync()
    {
        var store = harness.Services.GetRequiredService<IWorkflowDefinitionStore>();
        var first = await store.SaveDraftAsync(new WorkflowDefinitionDraft { Name = "v", Data = FlowchartJson("v") });
        await store.PublishAsync(first.DefinitionId);
        await store.SaveDraftAsync(new WorkflowDefinitionDraft { DefinitionId = first.DefinitionId, Name = "v", Data = FlowchartJson("v") });
        await store.PublishAsync(first.DefinitionId);
        await store.SaveDraftAsync(new WorkflowDefinitionDraft { DefinitionId = first.DefinitionId, Name = "v3", Data = FlowchartJson("v") });
        return first.DefinitionId;
    }
}
