using PlanWorkflows.Activities.Tests.Support;
using PlanWorkflows.Activities.WorkItems;

namespace PlanWorkflows.Activities.Tests.Tasks;

public sealed class AssignTaskTests : IAsyncLifetime
{
    private PlanRuntime _runtime = null!;

    public async Task InitializeAsync() => _runtime = await PlanRuntime.StartAsync();

    public async Task DisposeAsync() => await _runtime.DisposeAsync();

    [Fact]
    public async Task Execute_GroupOfCommunes_OpensOneAssignmentPerCommune()
    {
        await _runtime.StartStepAsync("PlanWorkflows.AssignTask", StepInputs.Task("leadUnits", "ubnd-cac-xa-thi-tran"));

        var items = _runtime.WorkItems;
        items.Should().HaveCount(7).And.OnlyContain(item => item.Kind == WorkItemKind.Assignment && item.Status == WorkItemStatus.Open);
        items.Select(item => item.UnitId).Should().Contain(["tt-dak-rve", "xa-dak-to-lung"]);
        items.Should().OnlyContain(item => item.DueDate == StepInputs.DueDate && item.TaskId == "II.2-a" && item.PlanId == "kh-kon-ray-2024");
        items.Select(item => item.BookmarkId).Should().BeSubsetOf(_runtime.Bookmarks.Select(bookmark => bookmark.Id));
    }

    [Fact]
    public async Task Execute_UnitNamedAsWritten_ResolvesThroughTheDirectory()
    {
        await _runtime.StartStepAsync("PlanWorkflows.AssignTask", StepInputs.Task("leadUnits", "Phòng LĐ-TB&XH"));

        _runtime.WorkItems.Single().UnitId.Should().Be("phong-ldtbxh");
    }

    [Fact]
    public async Task Resume_EveryLeadUnitDone_CompletesDone()
    {
        await _runtime.StartStepAsync("PlanWorkflows.AssignTask", StepInputs.Task("leadUnits", "phong-ldtbxh", "phong-gddt"));
        var items = _runtime.WorkItems;

        await _runtime.DecideAsync(items[0], WorkItemActionKind.MarkedDone);
        _runtime.Outcomes.Outcomes.Should().BeEmpty();
        await _runtime.DecideAsync(items[1], WorkItemActionKind.MarkedDone, "Đã tổ chức 3 buổi tuyên truyền");

        _runtime.Outcomes.Outcomes.Should().Equal("Done");
        _runtime.WorkItems.Should().OnlyContain(item => item.Status == WorkItemStatus.Done);
        _runtime.Actions.Should().Contain(action => action.Action == WorkItemActionKind.MarkedDone && action.Comment == "Đã tổ chức 3 buổi tuyên truyền");
        _runtime.Bookmarks.Should().BeEmpty();
    }
}
