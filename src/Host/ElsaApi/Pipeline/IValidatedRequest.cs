namespace PlanWorkflows.Host.ElsaApi.Pipeline;

/// <summary>A request that can tell what is wrong with its own fields before its handler runs.</summary>
internal interface IValidatedRequest
{
    IEnumerable<string> Validate();
}
