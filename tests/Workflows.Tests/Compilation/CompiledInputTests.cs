using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Activities.Tasks;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Workflows.Tests.Compilation;

/// <summary>Compiled input values evaluate, through the executor's evaluators, to what the plan says.</summary>
public sealed class CompiledInputTests
{
    private static readonly ActivityRegistry Registry =
        ActivityRegistry.CreateDefault().RegisterAssembly(typeof(AssignTask).Assembly).Register<InputProbe>();

    [Fact]
    public async Task Inputs_AssignTaskLedByGroups_EvaluateToTheGroupIds()
    {
        var output = await EvaluateAsync(SampleCompilation.Section("II.1").Step("AssignTask", "II.1-a"));

        output["LeadUnits"]!.AsArray().Select(unit => unit!.GetValue<string>())
            .Should().Equal("cac-phong-ban-nganh", "ubnd-cac-xa-thi-tran");
        output["LeadershipAfterWorkingDays"]!.GetValue<int>().Should().Be(7);
        output["MonitoringUnit"]!.GetValue<string>().Should().Be("phong-ldtbxh");
    }

    [Fact]
    public async Task Inputs_CollectSignOffs_EvaluateToTheCoordinatingUnitsAndPolicy()
    {
        var output = await EvaluateAsync(SampleCompilation.Section("II.2").Step("CollectSignOffs", "II.2-a"));

        output["CoordinatingUnits"]!.AsArray().Select(unit => unit!.GetValue<string>())
            .Should().Equal("phong-gddt", "ubnd-cac-xa-thi-tran");
        output["Policy"]!.GetValue<string>().Should().Be("All");
    }

    [Fact]
    public async Task Inputs_AwaitReport_EvaluateToTheYearlyCadenceUntilTheEndOfThePlansYear()
    {
        var output = await EvaluateAsync(SampleCompilation.Section("II.2").Step("AwaitReport", "II.2-a"));

        output["Cadence"]!.GetValue<string>().Should().Be("Yearly");
        DateTime.Parse(output["EndDate"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            .Date.Should().Be(new DateTime(2024, 12, 31));
    }

    private static async Task<JsonObject> EvaluateAsync(ActivityNode compiled)
    {
        var probeType = Registry.Descriptors.Single(descriptor => descriptor.ActivityType == typeof(InputProbe));
        var probe = compiled with
        {
            Type = probeType.TypeName,
            NodeId = "Workflow1:root:" + compiled.Id,
            Inputs = compiled.Inputs.Where(input => probeType.FindInput(input.Key) is not null).ToDictionary(),
        };
        var definition = new WorkflowDefinition
        {
            Id = "probe-1",
            DefinitionId = "probe",
            Root = new ActivityNode
            {
                Id = "root",
                NodeId = "Workflow1:root",
                Type = "Elsa.Flowchart",
                Flowchart = new FlowchartContent { Activities = [probe] },
            },
        };
        await using var services = new ServiceCollection().AddSingleton(Registry).AddWorkflowExecution().BuildServiceProvider();
        var state = new WorkflowState { Id = "instance-1", DefinitionId = definition.DefinitionId, DefinitionVersionId = definition.Id };
        var result = await services.GetRequiredService<IWorkflowExecutor>()
            .RunAsync(new BurstRequest(definition, state, new BurstTrigger.Start([]), new NoRecords()));

        result.State.Incidents.Should().BeEmpty();
        return result.State.Output;
    }

    private sealed class NoRecords : IBurstUnitOfWork
    {
        public void Add<TEntity>(TEntity entity)
            where TEntity : class => throw new InvalidOperationException("The probe writes no records.");

        public IQueryable<TEntity> Query<TEntity>()
            where TEntity : class => Enumerable.Empty<TEntity>().AsQueryable();
    }
}
