namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>
/// The records an activity writes during a burst, committed in the burst's transaction (nothing is visible unless the
/// burst commits). The durable runtime backs it with the burst's DbContext; entity types come from the assemblies
/// that register them with the engine's database.
/// </summary>
public interface IBurstUnitOfWork
{
    void Add<TEntity>(TEntity entity)
        where TEntity : class;

    /// <summary>Entities of a type, including those added earlier in this burst.</summary>
    IQueryable<TEntity> Query<TEntity>()
        where TEntity : class;
}
