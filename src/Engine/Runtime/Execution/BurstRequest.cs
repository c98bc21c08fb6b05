using System.Text.Json.Nodes;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Runtime.State;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>
/// What one burst runs: the definition version, the instance's state before the burst, its trigger, and the unit of
/// work where activities add their own records (work items, escalations) so they commit with the burst.
/// </summary>
public sealed record BurstRequest(
    WorkflowDefinition Definition,
    WorkflowState State,
    BurstTrigger Trigger,
    IBurstUnitOfWork UnitOfWork);

/// <summary>Why a burst runs.</summary>
public abstract record BurstTrigger
{
    private BurstTrigger()
    {
    }

    /// <summary>A new instance starts; <paramref name="Input"/> becomes the workflow input.</summary>
    public sealed record Start(JsonObject Input) : BurstTrigger;

    /// <summary>A bookmark of the instance is resumed with the stimulus' input (an event payload, a sign-off ...).</summary>
    public sealed record Resume(Bookmark Bookmark, JsonObject Input) : BurstTrigger;

    /// <summary>The instance is cancelled: its bookmarks are dropped and it finishes as Cancelled.</summary>
    public sealed record Cancel : BurstTrigger;
}
