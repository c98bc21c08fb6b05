using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Persistence.Reads;
using PlanWorkflows.Engine.Runtime.Persistence.Rows;

namespace PlanWorkflows.Engine.Runtime.Persistence;

/// <summary>The runtime's queries and burst statements for the engine database's model, generated on first use.</summary>
internal sealed class RuntimeSql(IDbContextFactory<EngineDbContext> contextFactory)
{
    private readonly Lazy<(ReadSql Reads, BurstSql Writes)> generated = new(() =>
    {
        using var context = contextFactory.CreateDbContext();
        return (new ReadSql(context), BurstSql.Create(context));
    });

    public ReadSql Reads => generated.Value.Reads;

    public BurstSql Writes => generated.Value.Writes;
}
