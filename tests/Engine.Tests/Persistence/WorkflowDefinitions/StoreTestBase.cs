using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Engine.Tests.Persistence.WorkflowDefinitions;

/// <summary>Each test gets its own migrated SQLite file.</summary>
public abstract class StoreTestBase : IAsyncLifetime
{
    private TestDatabase? database;

    internal TestDatabase Database => database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");
    internal IWorkflowDefinitionStore Store => Database.Definitions;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>Saves version 1, publishes it, then saves version 2 as the latest draft.</summary>
    internal async Task<(WorkflowDefinitionVersion Published, WorkflowDefinitionVersion Draft)> PublishedWithNewerDraftAsync()
    {
        var first = await Store.SaveDraftAsync(Drafts.Named("Report duty"));
        await Store.PublishAsync(first.DefinitionId);
        Database.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Store.SaveDraftAsync(Drafts.Named("Report duty v2", first.DefinitionId));
        return ((await Store.FindByIdAsync(first.Id))!, second);
    }

    internal async Task<IReadOnlyList<WorkflowDefinitionVersion>> VersionsOfAsync(string definitionId)
    {
        var page = await Store.ListAsync(new WorkflowDefinitionQuery
        {
            DefinitionIds = [definitionId],
            OrderBy = WorkflowDefinitionOrderBy.Version,
            OrderDirection = OrderDirection.Ascending,
        });
        return page.Items;
    }

    internal async Task<IReadOnlyList<WorkflowDefinitionVersion>> AllRowsAsync() =>
        (await Store.ListAsync(new WorkflowDefinitionQuery())).Items;
}
