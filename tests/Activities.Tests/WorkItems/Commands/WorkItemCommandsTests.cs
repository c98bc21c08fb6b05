using PlanWorkflows.Activities.Tests.Support;
using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Activities.WorkItems.Commands;
using PlanWorkflows.Engine.Runtime.Instances;

namespace PlanWorkflows.Activities.Tests.WorkItems.Commands;

public sealed class WorkItemCommandsTests : IAsyncLifetime
{
    private PlanRuntime _runtime = null!;

    public async Task InitializeAsync()
    {
        _runtime = await PlanRuntime.StartAsync();
        await _runtime.AddOfficerAsync("gddt.officer", "phong-gddt");
        await _runtime.AddOfficerAsync("gddt.deputy", "phong-gddt");
        await _runtime.AddOfficerAsync("yte.officer", "phong-y-te");
    }

    public async Task DisposeAsync() => await _runtime.DisposeAsync();

    [Fact]
    public async Task MarkDone_OfficerOfTheUnit_CompletesTheAssignmentThroughTheRuntime()
    {
        await StartAssignmentAsync();
        var item = _runtime.WorkItems.Single();

        var result = await MarkDoneAsync(item, "gddt.officer", "key-1");

        result.Outcome.Should().Be(WorkItemCommandOutcome.Applied);
        _runtime.WorkItems.Single().Status.Should().Be(WorkItemStatus.Done);
        _runtime.Outcomes.Outcomes.Should().Equal("Done");
    }

    [Fact]
    public async Task MarkDone_OfficerOfAnotherUnit_IsDenied()
    {
        await StartAssignmentAsync();
        var item = _runtime.WorkItems.Single();

        var act = () => MarkDoneAsync(item, "yte.officer", "key-1");

        (await act.Should().ThrowAsync<WorkItemAccessDeniedException>()).Which.UnitId.Should().Be("phong-gddt");
        _runtime.WorkItems.Single().Status.Should().Be(WorkItemStatus.Open);
    }

    [Fact]
    public async Task MarkDone_SameIdempotencyKeyTwice_AppliesOnce()
    {
        await StartAssignmentAsync();
        var item = _runtime.WorkItems.Single();

        await MarkDoneAsync(item, "gddt.officer", "key-1");
        var again = await MarkDoneAsync(item, "gddt.officer", "key-1");

        again.Outcome.Should().Be(WorkItemCommandOutcome.AlreadyApplied);
        _runtime.Actions.Should().ContainSingle(action => action.Action == WorkItemActionKind.MarkedDone);
    }

    [Fact]
    public async Task MarkDone_ItemAlreadyDone_IsRefusedAsNotOpen()
    {
        await StartAssignmentAsync();
        var item = _runtime.WorkItems.Single();
        await MarkDoneAsync(item, "gddt.officer", "key-1");

        var act = () => MarkDoneAsync(item, "gddt.officer", "key-2");

        await act.Should().ThrowAsync<WorkItemNotOpenException>();
    }

    [Fact]
    public async Task Acknowledge_TwiceWithOneKey_RecordsTheFirstTimeOnce()
    {
        await StartAssignmentAsync();
        var item = _runtime.WorkItems.Single();
        var handler = new AcknowledgeWorkItem.Handler(_runtime.Contexts, _runtime.Clock, _runtime.Identities);

        await handler.Handle(new AcknowledgeWorkItem.Command(item.Id, "gddt.officer", "ack-1"), default);
        _runtime.Clock.Advance(TimeSpan.FromHours(1));
        var again = await handler.Handle(new AcknowledgeWorkItem.Command(item.Id, "gddt.officer", "ack-1"), default);

        again.Outcome.Should().Be(WorkItemCommandOutcome.AlreadyApplied);
        _runtime.WorkItems.Single().AcknowledgedAt.Should().Be(StepInputs.Monday);
        _runtime.Actions.Should().ContainSingle(action => action.Action == WorkItemActionKind.Acknowledged);
    }

    [Fact]
    public async Task Reassign_WithinTheUnit_SetsTheAssigneeAndToAnotherUnitIsDenied()
    {
        await StartAssignmentAsync();
        var item = _runtime.WorkItems.Single();
        var handler = new ReassignWorkItem.Handler(_runtime.Contexts, _runtime.Clock, _runtime.Identities);

        await handler.Handle(new ReassignWorkItem.Command(item.Id, "gddt.officer", "gddt.deputy", null), default);
        var outsider = () => handler.Handle(new ReassignWorkItem.Command(item.Id, "gddt.officer", "yte.officer", null), default).AsTask();

        _runtime.WorkItems.Single().AssigneeUserName.Should().Be("gddt.deputy");
        await outsider.Should().ThrowAsync<WorkItemAccessDeniedException>();
    }

    [Fact]
    public async Task SignOffAndRequestChanges_OnSignOffItems_DecideTheStep()
    {
        await _runtime.StartStepAsync("PlanWorkflows.CollectSignOffs", StepInputs.Task("coordinatingUnits", "phong-gddt", "phong-y-te"));
        var items = _runtime.WorkItems;

        await new SignOff.Handler(_runtime.Contexts, _runtime.Runtime).Handle(new SignOff.Command(items[0].Id, "gddt.officer", null, null), default);
        var withoutComment = () => new RequestChanges.Handler(_runtime.Contexts, _runtime.Runtime).Handle(new RequestChanges.Command(items[1].Id, "yte.officer", " ", null), default).AsTask();
        await withoutComment.Should().ThrowAsync<ArgumentException>();
        await new RequestChanges.Handler(_runtime.Contexts, _runtime.Runtime).Handle(new RequestChanges.Command(items[1].Id, "yte.officer", "Bổ sung số liệu", null), default);

        _runtime.Outcomes.Outcomes.Should().Equal("ChangesRequested");
    }

    [Fact]
    public async Task SignOff_OnAnAssignment_IsNotAllowed()
    {
        await StartAssignmentAsync();
        var item = _runtime.WorkItems.Single();

        var act = () => new SignOff.Handler(_runtime.Contexts, _runtime.Runtime).Handle(new SignOff.Command(item.Id, "gddt.officer", null, null), default).AsTask();

        await act.Should().ThrowAsync<WorkItemActionNotAllowedException>();
    }

    [Fact]
    public async Task SubmitReport_WithAttachments_KeepsTheirMetadataInTheHistory()
    {
        await _runtime.StartStepAsync("PlanWorkflows.AwaitReport", StepInputs.Task("reportingUnits", "phong-gddt").Without("dueDate"));
        var item = _runtime.WorkItems.Single();
        Attachment[] attachments = [new("bao-cao-2025.pdf", 120_000, "application/pdf", "files/bao-cao-2025.pdf")];

        await new SubmitReport.Handler(_runtime.Contexts, _runtime.Runtime).Handle(new SubmitReport.Command(item.Id, "gddt.officer", "Báo cáo năm 2025", attachments, "r-1"), default);

        var action = _runtime.Actions.Single();
        action.Should().Match<WorkItemAction>(entry => entry.Action == WorkItemActionKind.ReportSubmitted && entry.Comment == "Báo cáo năm 2025");
        action.Attachments.Should().Equal(attachments);
        _runtime.Outcomes.Outcomes.Should().Equal("Submitted");
    }

    private Task<WorkflowRuntimeResult> StartAssignmentAsync() =>
        _runtime.StartStepAsync("PlanWorkflows.AssignTask", StepInputs.Task("leadUnits", "phong-gddt"));

    private async Task<WorkItemCommandResult> MarkDoneAsync(WorkItem item, string userName, string key) =>
        await new MarkWorkItemDone.Handler(_runtime.Contexts, _runtime.Runtime).Handle(new MarkWorkItemDone.Command(item.Id, userName, null, key), default);
}
