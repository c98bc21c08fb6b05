using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;

namespace PlanWorkflows.Activities.Organization.Persistence;

/// <summary>
/// The directory kept in the engine database, answered from an in-memory snapshot. The snapshot is rebuilt after a
/// change made through this node and at the latest <see cref="SnapshotLifetime"/> after it was read, so changes made
/// on another node show up too.
/// </summary>
internal sealed class DatabaseOrganizationDirectory(IDbContextFactory<EngineDbContext> contexts, TimeProvider time) : IOrganizationDirectory
{
    private static readonly TimeSpan SnapshotLifetime = TimeSpan.FromMinutes(1);

    private Snapshot? snapshot;

    public UnitResolution? Resolve(string mention, DateOnly? date) => Current().Resolve(mention, date);

    public OrganizationUnit? FindUnit(string unitId) => Current().FindUnit(unitId);

    public UnitGroup? FindGroup(string groupId) => Current().FindGroup(groupId);

    public void Invalidate() => Volatile.Write(ref snapshot, null);

    private InMemoryOrganizationDirectory Current()
    {
        var now = time.GetUtcNow();
        var current = Volatile.Read(ref snapshot);
        if (current is null || now - current.ReadAt > SnapshotLifetime)
        {
            current = new Snapshot(Load(), now);
            Volatile.Write(ref snapshot, current);
        }

        return current.Directory;
    }

    private InMemoryOrganizationDirectory Load()
    {
        using var context = contexts.CreateDbContext();
        var units = context.Set<UnitRecord>().AsNoTracking().AsEnumerable().Select(record => record.ToUnit()).ToList();
        var groups = context.Set<GroupRecord>().AsNoTracking().AsEnumerable().Select(record => record.ToGroup()).ToList();
        return new InMemoryOrganizationDirectory(units, groups);
    }

    private sealed record Snapshot(InMemoryOrganizationDirectory Directory, DateTimeOffset ReadAt);
}
