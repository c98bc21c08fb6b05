using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Serialization;
using PlanWorkflows.Engine.Validation;
using PlanWorkflows.Workflows.Compilation;

namespace PlanWorkflows.Workflows.Tests.Compilation;

public sealed class PlanCompilerTests
{
    [Fact]
    public void Compile_Sample_OneDefinitionPerSectionWithTasks()
    {
        var workflows = SampleCompilation.Compile();

        workflows.Select(workflow => workflow.SectionId).Should().Equal("II.1", "II.2", "II.3", "II.4", "III.1", "III.2", "III.3", "III.4");
        workflows.Select(workflow => workflow.Definition.DefinitionId).Should().OnlyHaveUniqueItems()
            .And.Contain($"kh-{SampleCompilation.PlanId}-ii-2");
    }

    [Fact]
    public void Compile_Sample_EveryDefinitionPassesTheValidator()
    {
        var validator = new WorkflowDefinitionValidator(SampleCompilation.Registry);

        foreach (var workflow in SampleCompilation.Compile())
        {
            validator.Validate(workflow.Definition).Should().BeEmpty(workflow.SectionId);
        }
    }

    [Fact]
    public void Compile_Sample_RoundTripsThroughTheSerializerUnchanged()
    {
        var serializer = new WorkflowDefinitionSerializer(SampleCompilation.Registry, new TimeOrderedIdentityGenerator(TimeProvider.System));

        foreach (var workflow in SampleCompilation.Compile())
        {
            var json = WorkflowDefinitionSerializer.Write(workflow.Definition);
            var read = serializer.Read(json);

            read.Diagnostics.Should().BeEmpty();
            WorkflowDefinitionSerializer.Write(read.Definition).Should().Be(json, workflow.SectionId);
        }
    }

    [Fact]
    public void Compile_SamePlanTwice_GivesTheSameJson()
    {
        var first = SampleCompilation.Compile().Select(workflow => WorkflowDefinitionSerializer.Write(workflow.Definition));
        var second = SampleCompilation.Compile().Select(workflow => WorkflowDefinitionSerializer.Write(workflow.Definition));

        first.Should().Equal(second);
    }

    [Fact]
    public void Compile_Sample_EveryTaskOfTheSectionStartsAtStartAndEndsAtTheJoin()
    {
        var definition = SampleCompilation.Section("II.2");
        var start = definition.Activities().Single(node => node.Type == "Elsa.Start");
        var join = definition.Activities().Single(node => node.Type == "Elsa.FlowJoin");

        definition.Targets(start, "Done").Should().HaveCount(7).And.OnlyContain(name => name.StartsWith("AssignTask_", StringComparison.Ordinal));
        definition.Targets(join, "Done").Should().Equal("End");
        join.FindInput("Mode")!.Expression.Value!.GetValue<string>().Should().Be("WaitAll");
        definition.Root.Flowchart!.InboundConnections(join.Id).Should().HaveCount(7);
    }

    [Fact]
    public void Compile_TaskWithCoordinators_AssignsCollectsSignOffsAndAwaitsReports()
    {
        var definition = SampleCompilation.Section("II.2");
        var assign = definition.Step("AssignTask", "II.2-a");
        var signOffs = definition.Step("CollectSignOffs", "II.2-a");
        var report = definition.Step("AwaitReport", "II.2-a");

        definition.Targets(assign, "Done").Should().Equal(signOffs.Name);
        definition.Targets(signOffs, "ChangesRequested").Should().Equal(assign.Name);
        definition.Targets(signOffs, "Approved").Should().Equal(report.Name);
        definition.Targets(signOffs, "Overdue").Should().Equal(report.Name);
        definition.Targets(report, "Submitted").Should().Equal("Join");
    }

    [Fact]
    public void Compile_TaskWithoutCoordinators_SkipsTheSignOffs()
    {
        var definition = SampleCompilation.Section("II.1");
        var assign = definition.Step("AssignTask", "II.1-a");

        definition.Targets(assign, "Done").Should().Equal(definition.Step("AwaitReport", "II.1-a").Name);
        definition.Activities().Should().NotContain(node => node.Type == "PlanWorkflows.CollectSignOffs");
    }

    [Fact]
    public void Compile_PlanWithoutAnyCadence_SkipsTheReportAndJoinsBothSignOffOutcomes()
    {
        var plan = SampleCompilation.Plan with
        {
            Reporting = null,
            Tasks = SampleCompilation.Plan.Tasks.Select(task => task with { Cadence = null }).ToList(),
        };
        var definition = SampleCompilation.Section("II.2", plan);
        var signOffs = definition.Step("CollectSignOffs", "II.2-a");

        definition.Activities().Should().NotContain(node => node.Type == "PlanWorkflows.AwaitReport");
        definition.Targets(signOffs, "Approved").Should().Equal("Join");
        definition.Targets(signOffs, "Overdue").Should().Equal("Join");
        new WorkflowDefinitionValidator(SampleCompilation.Registry).Validate(definition).Should().BeEmpty();
    }

    [Fact]
    public void Compile_Sample_NamesInVietnameseFromTheTaskText()
    {
        var definition = SampleCompilation.Section("II.2");
        var assign = definition.Step("AssignTask", "II.2-a");

        definition.Name.Should().StartWith("II.2 · Tham gia hoàn thiện");
        assign.Metadata["displayText"]!.GetValue<string>().Should().StartWith("Giao nhiệm vụ: II.2-a · Thường xuyên rà soát, kiến nghị");
        assign.FindInput("Title")!.Expression.Value!.GetValue<string>().Should().StartWith("II.2-a · Thường xuyên").And.EndWith("…");
    }

    [Fact]
    public void Compile_Sample_SourceLinesInMetadataAndInput()
    {
        var assign = SampleCompilation.Section("II.2").Step("AssignTask", "II.2-c");

        assign.Metadata["source"]!["startLine"]!.GetValue<int>().Should().Be(35);
        assign.Metadata["source"]!["endLine"]!.GetValue<int>().Should().Be(41);
        assign.FindInput("SourceLines")!.Expression.Value!.GetValue<string>().Should().Be("35-41");
    }

    [Fact]
    public void Compile_UnspecificCoordinator_IsLeftOutAndTheDescriptionSaysSo()
    {
        var signOffs = SampleCompilation.Section("II.2").Step("CollectSignOffs", "II.2-f");

        signOffs.FindInput("CoordinatingUnits")!.Expression.Value!.GetValue<string>().Should().Be("[\"ubnd-cac-xa-thi-tran\"]");
        signOffs.Metadata["description"]!.GetValue<string>().Should().Contain("Không xác định được đơn vị");
    }

    [Fact]
    public void Compile_OnlyUnspecificCoordinators_SkipsSignOffsAndTheAssignmentSaysSo()
    {
        var definition = SampleCompilation.Section("II.3");
        var assign = definition.Step("AssignTask", "II.3-a");

        definition.Targets(assign, "Done").Should().Equal(definition.Step("AwaitReport", "II.3-a").Name);
        assign.Metadata["description"]!.GetValue<string>().Should().Contain("Không xác định được đơn vị");
    }

    [Fact]
    public void Compile_Sample_LaysTasksOutInRowsAndStepsInColumns()
    {
        var definition = SampleCompilation.Section("II.2");
        double X(string name) => definition.Activities().Single(node => node.Name == name).Metadata["designer"]!["position"]!["x"]!.GetValue<int>();
        double Y(string name) => definition.Activities().Single(node => node.Name == name).Metadata["designer"]!["position"]!["y"]!.GetValue<int>();

        new[] { X("Start"), X("AssignTask_ii_2_a"), X("CollectSignOffs_ii_2_a"), X("AwaitReport_ii_2_a"), X("Join"), X("End") }
            .Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        Y("AssignTask_ii_2_b").Should().BeGreaterThan(Y("AssignTask_ii_2_a") + 80);
        Y("AssignTask_ii_2_a").Should().Be(Y("AwaitReport_ii_2_a"));
    }
}
