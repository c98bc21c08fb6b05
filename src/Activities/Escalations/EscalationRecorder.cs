using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Activities.WorkItems;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Runtime.Execution;

namespace PlanWorkflows.Activities.Escalations;

/// <summary>Raises escalations of work items (once per item and level) and resolves them when the items close.</summary>
internal static class EscalationRecorder
{
    public static async ValueTask RaiseAsync(ActivityExecutionContext context, WorkItem item, EscalationLevel level, string toUnitId, string? reason)
    {
        if (context.UnitOfWork.Query<Escalation>().Any(existing => existing.WorkItemId == item.Id && existing.Level == level))
        {
            return;
        }

        var escalation = new Escalation
        {
            Id = context.Services.GetRequiredService<IIdentityGenerator>().NewId(),
            WorkItemId = item.Id,
            Level = level,
            FromUnitId = item.UnitId,
            ToUnitId = toUnitId,
            Reason = reason,
            RaisedAt = context.TimeProvider.GetUtcNow(),
        };
        context.UnitOfWork.Add(escalation);
        context.AddJournalEntry("Escalated", $"{level}: {item.UnitId} → {toUnitId}", new JsonObject
        {
            ["workItemId"] = item.Id,
            ["level"] = level.ToString(),
            ["fromUnitId"] = item.UnitId,
            ["toUnitId"] = toUnitId,
        });
        await context.Services.GetRequiredService<IEscalationNotifier>().NotifyAsync(escalation, item, context.CancellationToken);
    }

    public static void ResolveFor(IBurstUnitOfWork unitOfWork, WorkItem item, DateTimeOffset now)
    {
        var open = unitOfWork.Query<Escalation>().Where(escalation => escalation.WorkItemId == item.Id && escalation.ResolvedAt == null).ToList();
        open.ForEach(escalation => escalation.ResolvedAt = now);
    }
}
