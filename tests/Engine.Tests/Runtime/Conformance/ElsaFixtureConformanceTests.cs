using System.Text.Json;
using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Serialization;
using PlanWorkflows.Engine.Tests.Runtime.Execution.Support;
using PlanWorkflows.Engine.Tests.TestSupport;
using TestDefinitions = PlanWorkflows.Engine.Tests.TestSupport.Definitions;

namespace PlanWorkflows.Engine.Tests.Runtime.Conformance;

/// <summary>
/// Runs every Elsa fixture in shared/reference/elsa-fixtures the way Elsa's harness does (start with the input, then
/// resume every bookmark with the same input until finished) and checks the behaviour MANIFEST.md gives.
/// </summary>
public sealed class ElsaFixtureConformanceTests
{
    public static TheoryData<FixtureExpectation> Fixtures() => new(FixtureExpectations.All);

    [Fact]
    public void Expectations_CoverEveryFixtureFile()
    {
        var files = SharedReference.FixtureFiles().Select(Path.GetFileName);

        FixtureExpectations.All.Select(expectation => expectation.File).Should().BeEquivalentTo(files);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task RunUntilEnd_Fixture_PrintsManifestLinesAndFinishes(FixtureExpectation expectation)
    {
        var driver = new WorkflowDriver();
        var input = expectation.InputJson is null ? null : JsonNode.Parse(expectation.InputJson)!.AsObject();

        await driver.RunUntilEndAsync(TestDefinitions.ReadFixture(expectation.File), input);

        driver.Output.Lines.Should().Equal(expectation.Lines);
        driver.State.SubStatus.Should().Be(WorkflowSubStatus.Finished);
        driver.State.Incidents.Should().BeEmpty();
        driver.State.Bookmarks.Should().BeEmpty();
        if (expectation.CorrelationId is not null)
        {
            driver.State.CorrelationId.Should().Be(expectation.CorrelationId);
        }
    }

    [Fact]
    public async Task ImplicitLoop_CounterEndsAtTwo()
    {
        var driver = new WorkflowDriver();

        await driver.RunUntilEndAsync(TestDefinitions.ReadFixture("importandexecute-implicit-loop.json"));

        driver.State.Variables["b1198ecccf3f435abe462dc37012cda9"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task BraidedDelayed_FirstBurstPrintsSixLinesAndWaitsOnBothDelays()
    {
        var driver = new WorkflowDriver();

        await driver.StartAsync(TestDefinitions.ReadFixture("flowchartcompletion-workflow3-braided-delayed.json"));

        driver.Output.Lines.Should().Equal("WriteLine1", "WriteLine2", "WriteLine3", "WriteLine4", "WriteLine5", "WriteLine6");
        driver.State.Bookmarks.Select(bookmark => bookmark.ActivityTypeName).Should().Equal("Elsa.Delay", "Elsa.Delay");
        driver.State.SubStatus.Should().Be(WorkflowSubStatus.Suspended);
    }

    [Fact]
    public async Task ConditionalDelayed_FirstBurstSkipsTheFalseBranch()
    {
        var driver = new WorkflowDriver();

        await driver.StartAsync(TestDefinitions.ReadFixture("flowchartcompletion-workflow4-braided-conditional-delayed.json"));

        driver.Output.Lines.Should().Equal("WriteLine1", "WriteLine2", "WriteLine3", "WriteLine4", "WriteLine6");
        driver.State.Bookmarks.Should().ContainSingle();
    }

    [Fact]
    public async Task JoinRunsOnce_JoinCompletesExactlyOnce()
    {
        var driver = new WorkflowDriver();

        await driver.RunUntilEndAsync(TestDefinitions.ReadFixture("joinbehaviors-join.json"));

        driver.Journal.Where(entry => entry.ActivityId == "802725996be1b582" && entry.EventName == "Completed").Should().ContainSingle();
    }

    [Fact]
    public async Task InstanceSerialization_ObjectsWithDollarIdSurviveTheStateRoundTrip()
    {
        var driver = new WorkflowDriver();

        await driver.RunUntilEndAsync(TestDefinitions.ReadFixture("jsonobjectserialization-instance-serialization.json"));

        var state = JsonSerializer.Deserialize<WorkflowState>(JsonSerializer.Serialize(driver.State, ElsaJson.Options), ElsaJson.Options)!;
        var values = state.Variables.Select(entry => entry.Value!["inputSchema"]!["$id"]!.GetValue<string>()).ToList();
        values.Should().HaveCount(2).And.AllBe("#/definitions/inform-front-office-input-afd");
    }
}
