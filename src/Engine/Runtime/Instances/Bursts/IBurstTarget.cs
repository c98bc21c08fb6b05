using PlanWorkflows.Engine.Runtime.Persistence.Reads;

namespace PlanWorkflows.Engine.Runtime.Instances.Bursts;

/// <summary>
/// One kind of burst (start, resume, cancel). Preparing reads the current rows, so after a lost race the runner
/// prepares again and the target sees what the winner committed.
/// </summary>
internal interface IBurstTarget
{
    BurstPreparation Prepare(ReadSession session);
}
