using PlanWorkflows.Host.Auth;

namespace PlanWorkflows.Host.ElsaApi.ActivityExecutions;

/// <summary>The activity-execution part of <c>/elsa/api</c>, read by Studio's instance viewer; needs <c>ElsaApi.Read</c>.</summary>
internal static class ActivityExecutionEndpoints
{
    public static IEndpointRouteBuilder MapElsaActivityExecutionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/elsa/api").RequireAuthorization(AuthPolicies.ElsaApiRead).WithTags("Elsa activity executions");
        ListActivityExecutions.Map(api);
        ReportActivityExecutions.Map(api);
        GetActivityExecution.Map(api);
        return endpoints;
    }
}
