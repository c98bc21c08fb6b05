using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Activities.Plans;
using PlanWorkflows.Activities.Tests.Support;

namespace PlanWorkflows.Activities.Tests.Plans;

public sealed class StoredPlanTests : IAsyncLifetime
{
    private PlanRuntime _runtime = null!;

    public async Task InitializeAsync() => _runtime = await PlanRuntime.StartAsync();

    public async Task DisposeAsync() => await _runtime.DisposeAsync();

    [Fact]
    public async Task Save_SameContentHashTwice_IsRejectedByTheUniqueIndex()
    {
        await SaveAsync("plan-1");

        var again = () => SaveAsync("plan-2");

        await again.Should().ThrowAsync<DbUpdateException>();
    }

    private async Task SaveAsync(string id)
    {
        await using var context = await _runtime.Contexts.CreateDbContextAsync();
        context.Add(new StoredPlan
        {
            Id = id,
            DocumentNumber = "125/KH-UBND",
            Title = "Kế hoạch thực hiện công tác bảo vệ, chăm sóc trẻ em năm 2024",
            IssueDate = new DateOnly(2024, 3, 15),
            FileName = "kon-ray-2024-child-care-plan.txt",
            ContentHash = new string('a', 64),
            Content = [0x4B],
            SourceText = "KẾ HOẠCH ...",
            PlanJson = "{}",
            DefinitionIds = ["definition-1"],
            ImportedAt = _runtime.Clock.GetUtcNow(),
        });
        await context.SaveChangesAsync();
    }
}
