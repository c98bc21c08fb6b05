using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Engine.Tests.Runtime.Execution.Support;

/// <summary>The records activities add during bursts, kept in memory.</summary>
internal sealed class InMemoryUnitOfWork : IBurstUnitOfWork
{
    private readonly List<object> _entities = [];

    public void Add<TEntity>(TEntity entity)
        where TEntity : class => _entities.Add(entity);

    public IQueryable<TEntity> Query<TEntity>()
        where TEntity : class => _entities.OfType<TEntity>().AsQueryable();
}
