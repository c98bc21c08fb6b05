using PlanWorkflows.Engine.Identity;
using Microsoft.EntityFrameworkCore;

namespace PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

internal sealed class WorkflowDefinitionStore(
    IDbContextFactory<EngineDbContext> contextFactory,
    WriteTransaction writeTransaction,
    IIdentityGenerator identityGenerator,
    TimeProvider timeProvider) : IWorkflowDefinitionStore
{
    public async Task<WorkflowDefinitionVersion?> FindAsync(
        string definitionId, VersionOptions versionOptions, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var matching = VersionsOf(context, definitionId, versionOptions).AsNoTracking();
        var ordered = versionOptions == VersionOptions.LatestOrPublished
            ? matching.OrderByDescending(row => row.IsPublished).ThenByDescending(row => row.Version)
            : matching.OrderByDescending(row => row.Version);
        return await ordered.FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<WorkflowDefinitionVersion?> FindByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.WorkflowDefinitionVersions.AsNoTracking()
            .SingleOrDefaultAsync(row => row.Id == id, cancellationToken);
    }

    public async Task<Page<WorkflowDefinitionVersion>> ListAsync(
        WorkflowDefinitionQuery query, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var matching = context.WorkflowDefinitionVersions.AsNoTracking().Matching(query);
        var totalCount = await matching.LongCountAsync(cancellationToken);
        var items = await matching.OrderedBy(query).Paged(query).ToListAsync(cancellationToken);
        return new Page<WorkflowDefinitionVersion>(items, totalCount);
    }

    public Task<WorkflowDefinitionVersion> SaveDraftAsync(
        WorkflowDefinitionDraft draft, CancellationToken cancellationToken = default) =>
        writeTransaction.ExecuteAsync(async (context, token) =>
        {
            var definitionId = draft.DefinitionId ?? identityGenerator.NewId();
            var latest = await FindLatestAsync(context, definitionId, token);
            if (latest is { IsPublished: false })
            {
                latest.ApplyDraft(draft);
                return latest;
            }

            return AddLatest(context, latest, WorkflowDefinitionVersion.FromDraft(
                draft, identityGenerator.NewId(), definitionId, NextVersion(latest), timeProvider.GetUtcNow()));
        }, cancellationToken);

    public Task<WorkflowDefinitionVersion?> PublishAsync(string definitionId, CancellationToken cancellationToken = default) =>
        writeTransaction.ExecuteAsync(async (context, token) =>
        {
            var latestOrPublished = await VersionsOf(context, definitionId, VersionOptions.LatestOrPublished)
                .ToListAsync(token);
            var latest = latestOrPublished.SingleOrDefault(row => row.IsLatest);
            foreach (var row in latestOrPublished)
            {
                row.IsPublished = row == latest;
            }

            return latest;
        }, cancellationToken);

    public Task<WorkflowDefinitionVersion?> RetractAsync(string definitionId, CancellationToken cancellationToken = default) =>
        writeTransaction.ExecuteAsync(async (context, token) =>
        {
            var published = await VersionsOf(context, definitionId, VersionOptions.Published)
                .SingleOrDefaultAsync(token);
            published?.IsPublished = false;
            return published;
        }, cancellationToken);

    public Task<WorkflowDefinitionVersion?> RevertAsync(
        string definitionId, int version, CancellationToken cancellationToken = default) =>
        writeTransaction.ExecuteAsync(async (context, token) =>
        {
            var source = await VersionsOf(context, definitionId, VersionOptions.SpecificVersion(version))
                .AsNoTracking()
                .SingleOrDefaultAsync(token);
            if (source is null)
            {
                return null;
            }

            var latest = await FindLatestAsync(context, definitionId, token);
            return AddLatest(context, latest, source.CopyAsLatestDraft(identityGenerator.NewId(), NextVersion(latest), timeProvider.GetUtcNow()));
        }, cancellationToken);

    public Task<int> DeleteAsync(string definitionId, CancellationToken cancellationToken = default) =>
        writeTransaction.ExecuteAsync(
            (context, token) => context.WorkflowDefinitionVersions
                .Where(row => row.DefinitionId == definitionId)
                .ExecuteDeleteAsync(token),
            cancellationToken);

    public Task<bool> DeleteVersionAsync(string id, CancellationToken cancellationToken = default) =>
        writeTransaction.ExecuteAsync(async (context, token) =>
        {
            var deleted = await context.WorkflowDefinitionVersions.SingleOrDefaultAsync(row => row.Id == id, token);
            if (deleted is null)
            {
                return false;
            }

            context.WorkflowDefinitionVersions.Remove(deleted);
            if (deleted.IsLatest)
            {
                await PromoteHighestRemainingAsync(context, deleted, token);
            }

            return true;
        }, cancellationToken);

    public async Task<bool> IsNameUniqueAsync(
        string name, string? excludedDefinitionId = null, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return !await context.WorkflowDefinitionVersions
            .AnyAsync(row => row.Name == name && row.DefinitionId != excludedDefinitionId, cancellationToken);
    }

    private static IQueryable<WorkflowDefinitionVersion> VersionsOf(
        EngineDbContext context, string definitionId, VersionOptions versionOptions) =>
        context.WorkflowDefinitionVersions.Where(row => row.DefinitionId == definitionId).WithVersion(versionOptions);

    private static Task<WorkflowDefinitionVersion?> FindLatestAsync(
        EngineDbContext context, string definitionId, CancellationToken cancellationToken) =>
        VersionsOf(context, definitionId, VersionOptions.Latest).SingleOrDefaultAsync(cancellationToken);

    private static int NextVersion(WorkflowDefinitionVersion? latest) => (latest?.Version ?? 0) + 1;

    private static WorkflowDefinitionVersion AddLatest(
        EngineDbContext context, WorkflowDefinitionVersion? previousLatest, WorkflowDefinitionVersion newLatest)
    {
        previousLatest?.IsLatest = false;
        context.WorkflowDefinitionVersions.Add(newLatest);
        return newLatest;
    }

    private static async Task PromoteHighestRemainingAsync(
        EngineDbContext context, WorkflowDefinitionVersion deleted, CancellationToken cancellationToken)
    {
        var highestRemaining = await VersionsOf(context, deleted.DefinitionId, VersionOptions.AllVersions)
            .Where(row => row.Id != deleted.Id)
            .OrderByDescending(row => row.Version)
            .FirstOrDefaultAsync(cancellationToken);
        highestRemaining?.IsLatest = true;
    }
}
