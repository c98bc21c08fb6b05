using System.Text.Json.Serialization;
using Mediator;
using PlanWorkflows.Host.ElsaApi.Definitions;
using PlanWorkflows.Host.ElsaApi.ActivityExecutions;
using PlanWorkflows.Host.ElsaApi.Descriptors;
using PlanWorkflows.Host.ElsaApi.Instances;
using PlanWorkflows.Host.ElsaApi.Optional;
using PlanWorkflows.Host.ElsaApi.Pipeline;

namespace PlanWorkflows.Host.ElsaApi;

/// <summary>Wires the Elsa-compatible API: Studio's JSON conventions, the request pipeline, problem details and endpoints.</summary>
internal static class ElsaApiHostingExtensions
{
    public static IServiceCollection AddElsaApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNameCaseInsensitive = false;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddHttpContextAccessor();
        services.AddScoped<DefinitionLinker>();
        services.AddScoped<ActivityExecutionLookup>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(RequestLoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(RequestValidationBehavior<,>));
        services.AddExceptionHandler<ElsaApiExceptionHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapElsaApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapElsaDescriptorEndpoints()
            .MapElsaDefinitionEndpoints()
            .MapElsaInstanceEndpoints()
            .MapElsaActivityExecutionEndpoints()
            .MapElsaOptionalFeatureEndpoints();
}
