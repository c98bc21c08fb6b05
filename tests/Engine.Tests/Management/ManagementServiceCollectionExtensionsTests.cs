using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Tests.Descriptors;

namespace PlanWorkflows.Engine.Tests.Management;

public sealed class ManagementServiceCollectionExtensionsTests
{
    [Fact]
    public void AddWorkflowDefinitions_WithoutOtherAssemblies_RegistryHoldsTheCoreActivities()
    {
        using var services = new ServiceCollection().AddWorkflowDefinitions().BuildServiceProvider();

        var registry = services.GetRequiredService<ActivityRegistry>();

        registry.Find("Elsa.Flowchart").Should().NotBeNull();
        registry.Find("Gov.Approval").Should().BeNull();
    }

    [Fact]
    public void AddActivities_BeforeAddWorkflowDefinitions_RegistersTheAssemblysActivities()
    {
        using var services = new ServiceCollection()
            .AddActivities(typeof(TestApproval).Assembly)
            .AddWorkflowDefinitions()
            .BuildServiceProvider();

        var resolve = () => services.GetRequiredService<ActivityRegistry>();

        resolve.Should().Throw<ActivityTypeException>("the test assembly declares 'Gov.Approval' twice, so it was registered")
            .WithMessage("*Gov.Approval*");
    }
}
