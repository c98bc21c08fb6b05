using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.Instances.Bursts;
using PlanWorkflows.Engine.Runtime.Persistence;

namespace PlanWorkflows.Engine.Runtime.Timers;

/// <summary>
/// Fires timer bookmarks (bookmarks with a due time). On start-up it fires everything that fell due while the
/// process was down, then checks at every interval. Several schedulers on one database never fire one timer twice:
/// each claims a batch with a lease, and the burst that fires a timer records the bookmark as applied.
/// </summary>
public sealed class TimerScheduler : PeriodicRuntimeService
{
    private const string TimerKeyPrefix = "timer:";
    private readonly IDbContextFactory<EngineDbContext> contextFactory;
    private readonly BurstDispatcher dispatcher;
    private readonly IIdentityGenerator identityGenerator;
    private readonly TimeProvider timeProvider;
    private readonly WorkflowRuntimeOptions options;

    internal TimerScheduler(
        IDbContextFactory<EngineDbContext> contextFactory,
        BurstDispatcher dispatcher,
        IIdentityGenerator identityGenerator,
        TimeProvider timeProvider,
        WorkflowRuntimeOptions options)
        : base(timeProvider, options.SweepInterval)
    {
        this.contextFactory = contextFactory;
        this.dispatcher = dispatcher;
        this.identityGenerator = identityGenerator;
        this.timeProvider = timeProvider;
        this.options = options;
    }

    /// <summary>Fires every timer due now; returns how many fired.</summary>
    public Task<int> RunDueTimersAsync(CancellationToken cancellationToken = default) =>
        RunTimersDueByAsync(timeProvider.GetUtcNow(), cancellationToken);

    /// <summary>Fires every timer due by <paramref name="dueBy"/>, even one in the future (a test harness firing timers at once).</summary>
    public async Task<int> RunTimersDueByAsync(DateTimeOffset dueBy, CancellationToken cancellationToken = default)
    {
        var fired = 0;
        while (await ClaimAsync(dueBy, cancellationToken) is { Count: > 0 } claimed)
        {
            foreach (var timer in claimed)
            {
                var target = new ResumeTarget(timer, [])
                {
                    IdempotencyKey = TimerKeyPrefix + timer.Id,
                    WhenConsumed = ConsumedBookmarkPolicy.Skip,
                };
                var outcomes = await dispatcher.RunAsync(target, cancellationToken);
                fired += outcomes[0].Outcome == RuntimeOutcome.Resumed ? 1 : 0;
            }
        }

        return fired;
    }

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RunDueTimersAsync(cancellationToken);

    /// <summary>
    /// One atomic UPDATE leases a batch of due, unleased timers to a fresh claim id (on PostgreSQL the inner
    /// SELECT maps to <c>FOR UPDATE SKIP LOCKED</c>); then the claimed rows are read back by that id.
    /// </summary>
    private async Task<List<BookmarkReference>> ClaimAsync(DateTimeOffset dueBy, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var leaseExpiresAt = now + options.TimerLease;
        var claimId = identityGenerator.NewId();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.Bookmarks
            .Where(bookmark => bookmark.DueAt != null && bookmark.DueAt <= dueBy
                && (EF.Property<DateTimeOffset?>(bookmark, BookmarkConfiguration.LeaseExpiresAt) == null
                    || EF.Property<DateTimeOffset?>(bookmark, BookmarkConfiguration.LeaseExpiresAt) < now))
            .OrderBy(bookmark => bookmark.DueAt)
            .Take(options.TimerBatchSize)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(bookmark => EF.Property<string?>(bookmark, BookmarkConfiguration.LeaseOwner), claimId)
                    .SetProperty(bookmark => EF.Property<DateTimeOffset?>(bookmark, BookmarkConfiguration.LeaseExpiresAt), leaseExpiresAt),
                cancellationToken);
        return await context.Bookmarks
            .Where(bookmark => EF.Property<string?>(bookmark, BookmarkConfiguration.LeaseOwner) == claimId)
            .OrderBy(bookmark => bookmark.DueAt)
            .Select(bookmark => new BookmarkReference(bookmark.Id, bookmark.WorkflowInstanceId, bookmark.Hash))
            .ToListAsync(cancellationToken);
    }
}
