using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Activities.Tests.Support;
using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;
using PlanWorkflows.Engine.Runtime.Instances;

namespace PlanWorkflows.Activities.Tests;

/// <summary>The sample plan as the compiler wrote it (workflow-definitions/) runs on the plan activities.</summary>
public sealed class CompiledPlanTests : IAsyncLifetime
{
    private PlanRuntime _runtime = null!;

    public async Task InitializeAsync() => _runtime = await PlanRuntime.StartAsync();

    public async Task DisposeAsync() => await _runtime.DisposeAsync();

    [Fact]
    public async Task Start_SectionII1_OpensAssignmentsForEveryDepartmentAndCommuneOfItsFirstTask()
    {
        var store = _runtime.Services.GetRequiredService<IWorkflowDefinitionStore>();
        var draft = await store.SaveDraftAsync(new WorkflowDefinitionDraft { Name = "II.1", Data = await File.ReadAllTextAsync(SampleDefinition("kh-2024-bfdda2a4-ii-1.json")) });
        await store.PublishAsync(draft.DefinitionId);

        var started = await _runtime.Runtime.StartAsync(draft.DefinitionId, new StartOptions());

        started.Outcome.Should().Be(RuntimeOutcome.Started);
        var firstTask = _runtime.WorkItems.Where(item => item.TaskId == "II.1-a").ToList();
        firstTask.Should().HaveCount(20).And.OnlyContain(item => item.Kind == WorkItemKind.Assignment && item.PlanId == "2024-bfdda2a4");
        firstTask.Select(item => item.UnitId).Should().Contain(["phong-ldtbxh", "tt-dak-rve"]);
    }

    private static string SampleDefinition(string fileName)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "PlanWorkflows.sln")))
        {
            folder = folder.Parent ?? throw new DirectoryNotFoundException("PlanWorkflows.sln is not above the test output folder.");
        }

        return Path.Combine(folder.FullName, "workflow-definitions", fileName);
    }
}
