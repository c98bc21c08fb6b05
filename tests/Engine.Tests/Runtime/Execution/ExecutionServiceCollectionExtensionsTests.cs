using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Runtime.Execution;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Tests.Runtime.Execution.Support;

namespace PlanWorkflows.Engine.Tests.Runtime.Execution;

public sealed class ExecutionServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddWorkflowExecution_WithCapturedOutput_RunsAWorkflow()
    {
        var output = new CapturedOutput();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IWorkflowStandardOutput>(output)
            .AddWorkflowExecution()
            .BuildServiceProvider();
        var definition = new FlowchartBuilder().WriteLine("Write1", "hello").Build();
        var state = new WorkflowState { Id = "i1", DefinitionId = definition.DefinitionId, DefinitionVersionId = definition.Id };

        var result = await services.GetRequiredService<IWorkflowExecutor>()
            .RunAsync(new BurstRequest(definition, state, new BurstTrigger.Start([]), new InMemoryUnitOfWork()));

        output.Lines.Should().Equal("hello");
        result.State.SubStatus.Should().Be(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void AddWorkflowExecution_NoIdentityGenerator_UsesTimeOrderedIds()
    {
        var services = new ServiceCollection().AddWorkflowExecution().BuildServiceProvider();

        services.GetRequiredService<IIdentityGenerator>().Should().BeOfType<TimeOrderedIdentityGenerator>();
    }
}
