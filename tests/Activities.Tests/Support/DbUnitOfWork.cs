using Microsoft.EntityFrameworkCore;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Activities.Tests.Support;

/// <summary>A burst's unit of work over one DbContext, saved when the burst ends (as the durable runtime does).</summary>
internal sealed class DbUnitOfWork(DbContext context) : IBurstUnitOfWork
{
    public void Add<TEntity>(TEntity entity)
        where TEntity : class => context.Add(entity);

    public IQueryable<TEntity> Query<TEntity>()
        where TEntity : class
    {
        context.SaveChanges();
        return context.Set<TEntity>();
    }
}
