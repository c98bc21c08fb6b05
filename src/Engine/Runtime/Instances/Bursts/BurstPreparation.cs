namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>What a target found when it loaded its instance: a burst to run, or an answer without one.</summary>
internal abstract record BurstPreparation
{
    private BurstPreparation()
    {
    }

    public sealed record Ready(PreparedBurst Burst) : BurstPreparation;

    public sealed record Settled(BurstOutcome Outcome) : BurstPreparation;
}
