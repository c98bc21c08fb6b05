using PlanWorkflows.Activities.Tests.Support;
using PlanWorkflows.Activities.WorkItems;

namespace PlanWorkflows.Activities.Tests.Tasks;

public sealed class AssignTaskTests : IDisposable
{
    private readonly StepHarness _harness = new(StepInputs.Monday);

    [Fact]
    public async Task Execute_GroupOfCommunes_OpensOneAssignmentPerCommune()
    {
        await _harness.StartAsync("PlanWorkflows.AssignTask", StepInputs.Task("leadUnits", "ubnd-cac-xa-thi-tran"));

        var items = _harness.WorkItems;
        items.Should().HaveCount(7).And.OnlyContain(item => item.Kind == WorkItemKind.Assignment && item.Status == WorkItemStatus.Open);
        items.Select(item => item.UnitId).Should().Contain(["tt-dak-rve", "xa-dak-to-lung"]);
        items.Should().OnlyContain(item => item.DueDate == StepInputs.DueDate && item.TaskId == "II.2-a" && item.PlanId == "kh-kon-ray-2024");
        items.Select(item => item.BookmarkId).Should().BeSubsetOf(_harness.State.Bookmarks.Select(bookmark => bookmark.Id));
    }

    [Fact]
    public async Task Execute_UnitNamedAsWritten_ResolvesThroughTheDirectory()
    {
        await _harness.StartAsync("PlanWorkflows.AssignTask", StepInputs.Task("leadUnits", "Phòng LĐ-TB&XH"));

        _harness.WorkItems.Single().UnitId.Should().Be("phong-ldtbxh");
    }

    [Fact]
    public async Task Resume_EveryLeadUnitDone_CompletesDone()
    {
        await _harness.StartAsync("PlanWorkflows.AssignTask", StepInputs.Task("leadUnits", "phong-ldtbxh", "phong-gddt"));
        var items = _harness.WorkItems;

        await _harness.DecideAsync(items[0], WorkItemActionKind.MarkedDone);
        _harness.Outcomes.Outcomes.Should().BeEmpty();
        await _harness.DecideAsync(items[1], WorkItemActionKind.MarkedDone, "Đã tổ chức 3 buổi tuyên truyền");

        _harness.Outcomes.Outcomes.Should().Equal("Done");
        _harness.WorkItems.Should().OnlyContain(item => item.Status == WorkItemStatus.Done);
        _harness.Actions.Should().Contain(action => action.Action == WorkItemActionKind.MarkedDone && action.Comment == "Đã tổ chức 3 buổi tuyên truyền");
        _harness.State.Bookmarks.Should().BeEmpty();
    }

    public void Dispose() => _harness.Dispose();
}
