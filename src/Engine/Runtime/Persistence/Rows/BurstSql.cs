using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using PlanWorkflows.Engine.Persistence;
using PlanWorkflows.Engine.Runtime.Instances;
using PlanWorkflows.Engine.Runtime.State;
using PlanWorkflows.Engine.Runtime.Stimuli;

namespace PlanWorkflows.Engine.Runtime.Persistence.Rows;

/// <summary>The statements a burst's commit runs, generated once per EF model in the provider's SQL dialect.</summary>
internal sealed record BurstSql(
    RowStatement InsertInstance,
    RowStatement UpdateInstance,
    RowStatement UpdateInstanceState,
    RowStatement InsertBookmark,
    string DeleteBookmark,
    RowStatement InsertBurstRecord,
    RowStatement InsertActivityExecutionOwner,
    RowStatement InsertAppliedStimulus,
    string DeleteQueuedStimulus,
    string QueuedStimulusWithHash)
{
    /// <summary>The columns a burst changes on a stored instance; the others are fixed when it starts.</summary>
    private static readonly string[] ChangingInstanceProperties =
    [
        nameof(WorkflowInstance.Status), nameof(WorkflowInstance.SubStatus), nameof(WorkflowInstance.CorrelationId),
        nameof(WorkflowInstance.Name), nameof(WorkflowInstance.IncidentCount), nameof(WorkflowInstance.UpdatedAt),
        nameof(WorkflowInstance.FinishedAt), nameof(WorkflowInstance.State), nameof(WorkflowInstance.Revision),
    ];

    /// <summary>The columns of a burst that leaves the indexed ones alone: SQLite rewrites no index entry for it.</summary>
    private static readonly string[] StateProperties =
    [
        nameof(WorkflowInstance.IncidentCount), nameof(WorkflowInstance.UpdatedAt), nameof(WorkflowInstance.State), nameof(WorkflowInstance.Revision),
    ];

    public static BurstSql Create(EngineDbContext context)
    {
        var model = context.Model;
        var sql = context.GetService<ISqlGenerationHelper>();
        var instance = model.FindEntityType(typeof(WorkflowInstance))!;
        var bookmark = model.FindEntityType(typeof(Bookmark))!;
        var queued = model.FindEntityType(typeof(QueuedStimulus))!;
        var queuedNames = new EntityNames(queued, sql);
        return new BurstSql(
            RowStatement.Insert(instance, sql),
            RowStatement.UpdateFromPreviousRevision(instance, sql, ChangingInstanceProperties),
            RowStatement.UpdateFromPreviousRevision(instance, sql, StateProperties),
            RowStatement.Insert(bookmark, sql),
            RowStatement.DeleteByKey(bookmark, sql),
            RowStatement.Insert(model.FindEntityType(typeof(BurstRecord))!, sql),
            RowStatement.InsertIfAbsent(model.FindEntityType(typeof(ActivityExecutionOwner))!, sql),
            RowStatement.Insert(model.FindEntityType(typeof(AppliedStimulus))!, sql),
            RowStatement.DeleteByKey(queued, sql),
            $"SELECT 1 FROM {queuedNames.Table} WHERE {queuedNames[nameof(QueuedStimulus.Hash)]} = @p0 LIMIT 1");
    }
}
