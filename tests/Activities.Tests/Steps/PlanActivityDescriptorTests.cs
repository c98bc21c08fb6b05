using PlanWorkflows.Activities.Tasks;
using PlanWorkflows.Engine.Descriptors;

namespace PlanWorkflows.Activities.Tests.Steps;

public sealed class PlanActivityDescriptorTests
{
    private static readonly ActivityRegistry Registry = ActivityRegistry.CreateDefault().RegisterAssembly(typeof(AssignTask).Assembly);

    [Theory]
    [InlineData("PlanWorkflows.AssignTask", new[] { "Done" })]
    [InlineData("PlanWorkflows.CollectSignOffs", new[] { "Approved", "ChangesRequested", "Overdue" })]
    [InlineData("PlanWorkflows.AwaitReport", new[] { "Submitted" })]
    [InlineData("PlanWorkflows.Escalate", new[] { "Done" })]
    public void Describe_PlanActivity_HasItsOutcomePortsUnderThePlanCategory(string typeName, string[] ports)
    {
        var descriptor = Registry.Find(typeName);

        descriptor.Should().NotBeNull();
        descriptor!.Category.Should().Be("Kế hoạch");
        descriptor.Ports.Select(port => port.Name).Should().Equal(ports);
    }

    [Fact]
    public void Describe_HumanStep_ExposesTheEscalationPolicyWithItsDefaults()
    {
        var inputs = Registry.Find("PlanWorkflows.CollectSignOffs")!.Inputs.ToDictionary(input => input.Name);

        inputs["ReminderAfterWorkingDays"].DefaultValue!.GetValue<int>().Should().Be(0);
        inputs["MonitoringUnitAfterWorkingDays"].DefaultValue!.GetValue<int>().Should().Be(3);
        inputs["LeadershipAfterWorkingDays"].DefaultValue!.GetValue<int>().Should().Be(7);
        inputs["CoordinatingUnits"].UIHint.Should().Be("multitext");
        inputs["Policy"].UIHint.Should().Be("dropdown");
    }
}
