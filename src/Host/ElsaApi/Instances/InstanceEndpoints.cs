using PlanWorkflows.Host.Auth;

namespace PlanWorkflows.Host.ElsaApi.Instances;

/// <summary>The workflow-instance part of <c>/elsa/api</c>: reads need <c>ElsaApi.Read</c>, cancel, delete and import <c>ElsaApi.Write</c>.</summary>
internal static class InstanceEndpoints
{
    public static IEndpointRouteBuilder MapElsaInstanceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/elsa/api").RequireAuthorization(AuthPolicies.ElsaApiRead).WithTags("Elsa workflow instances");
        ListInstances.Map(api);
        GetInstance.Map(api);
        GetInstanceVariables.Map(api);
        GetJournal.Map(api);
        GetExecutionState.Map(api);
        CancelInstances.Map(api);
        DeleteInstances.Map(api);
        ExportInstances.Map(api);
        return endpoints;
    }

}
