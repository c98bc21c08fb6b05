using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Host.Auth;

namespace PlanWorkflows.Host.ElsaApi.Descriptors;

/// <summary>
/// The constant <c>/elsa/api</c> lists Studio loads with every designer: expression syntaxes, variable types,
/// storage drivers, strategies, installed features and the API version.
/// </summary>
internal static class DescriptorEndpoints
{
    /// <summary>The Elsa API release whose contract this server follows (Studio 3.8.2 speaks 3.8).</summary>
    public const string ElsaApiVersion = "3.8.0";

    /// <summary>
    /// Empty: the engine commits once at the end of each burst, so there is nothing to choose; an empty list keeps
    /// Studio's drop-down on its default.
    /// </summary>
    private static readonly IReadOnlyList<CommitStrategyDescriptor> NoCommitStrategies = [];

    /// <summary>Empty on purpose: without <c>Elsa.RealTimeWorkflowUpdates</c> Studio polls instead of using SignalR.</summary>
    private static readonly IReadOnlyList<FeatureDescriptor> NoFeatures = [];

    public static IEndpointRouteBuilder MapElsaDescriptorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/elsa/api").RequireAuthorization(AuthPolicies.ElsaApiRead).WithTags("Elsa descriptors");
        api.MapGet("/features/installed", () => List(NoFeatures));
        api.MapGet("/package/version", () => TypedResults.Ok(new PackageVersionResponse(ElsaApiVersion)));

        var descriptors = api.MapGroup("/descriptors");
        descriptors.MapGet("/expression-descriptors", () => List(ExpressionDescriptors.All));
        descriptors.MapGet("/variables", () => Items(VariableTypes.All));
        descriptors.MapGet("/storage-drivers", () => Items(StrategyDescriptors.StorageDrivers));
        descriptors.MapGet("/workflow-activation-strategies", () => List(StrategyDescriptors.Activation));
        descriptors.MapGet("/log-persistence-strategies", () => List(StrategyDescriptors.LogPersistence));
        descriptors.MapGet("/incident-strategies", () => List(StrategyDescriptors.Incident));
        descriptors.MapGet("/commit-strategies/workflows", () => List(NoCommitStrategies));
        descriptors.MapGet("/commit-strategies/activities", () => List(NoCommitStrategies));
        ActivityDescriptorEndpoints.Map(descriptors);
        return endpoints;
    }

    private static Ok<ListResponse<T>> List<T>(IReadOnlyCollection<T> items) => TypedResults.Ok(new ListResponse<T>(items));

    private static Ok<ItemsResponse<T>> Items<T>(IReadOnlyCollection<T> items) => TypedResults.Ok(new ItemsResponse<T>(items));
}
