using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Host.Auth;
using PlanWorkflows.Host.ElsaApi.Definitions;
using PlanWorkflows.Host.ElsaApi.Descriptors;

namespace PlanWorkflows.Host.ElsaApi.Optional;

/// <summary>
/// Studio features the designer and viewer can reach but this server does not offer (resilience retries, workflow
/// contexts, JavaScript IntelliSense, single-activity tests): each answers Elsa's empty payload so the panel renders
/// empty instead of failing.
/// </summary>
internal static class OptionalFeatureEndpoints
{
    public static IEndpointRouteBuilder MapElsaOptionalFeatureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/elsa/api").RequireAuthorization(AuthPolicies.ElsaApiRead).WithTags("Elsa optional features");
        api.MapGet("/resilience/strategies", () => TypedResults.Ok(new ListResponse<ResilienceStrategy>([])));
        api.MapGet("/resilience/retries/{activityInstanceId}", () =>
            TypedResults.Ok(new PagedListResponse<RetryAttempt>([], 0, [])));
        api.MapGet("/workflow-contexts/provider-descriptors", () => TypedResults.Ok(new ListResponse<WorkflowContextProvider>([])));
        api.MapPost("/scripting/javascript/type-definitions/{definitionId}", () =>
            TypedResults.Text(string.Empty, "application/x-typescript"));
        api.MapPost("/tests/activities", NotSupported).RequireEditor();
        return endpoints;
    }

    private static ProblemHttpResult NotSupported() => TypedResults.Problem(
        "Run the workflow instead: its journal and the instance viewer show what each activity did.",
        statusCode: StatusCodes.Status400BadRequest,
        title: "Testing a single activity is not supported.");

    internal sealed record ResilienceStrategy(string Id, string DisplayName);

    internal sealed record RetryAttempt(string Id, string ActivityInstanceId);

    internal sealed record WorkflowContextProvider(string Name, string DisplayName);
}
