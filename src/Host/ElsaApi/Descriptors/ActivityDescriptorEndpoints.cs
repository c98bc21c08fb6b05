using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Descriptors;

namespace PlanWorkflows.Host.ElsaApi.Descriptors;

/// <summary>
/// The palette (<c>GET /descriptors/activities</c>, generated from the activity registry), the dynamic options of an
/// activity input (none: no input here loads its options from the server) and the output converters (none).
/// </summary>
internal static class ActivityDescriptorEndpoints
{
    public static void Map(IEndpointRouteBuilder descriptors)
    {
        descriptors.MapGet("/activities", (ActivityRegistry registry) =>
            TypedResults.Ok(new ListResponse<ActivityDescriptor>(registry.Descriptors.OrderBy(descriptor => descriptor.TypeName, StringComparer.Ordinal).ToList())));
        descriptors.MapPost("/activities/{activityTypeName}/options/{propertyName}", (string activityTypeName, string propertyName) =>
            TypedResults.Ok(new ActivityInputOptionsResponse([])));
        descriptors.MapGet("/output-converters", () => TypedResults.Ok(new ListResponse<OutputConverterDescriptor>([])));
    }
}

/// <summary>Elsa's dynamic input options: <c>{ items: { … } }</c>.</summary>
internal sealed record ActivityInputOptionsResponse(JsonObject Items);

/// <summary>Converts an activity output to another type (Elsa's <c>OutputConverterDescriptorModel</c>).</summary>
internal sealed record OutputConverterDescriptor(string Id, string SourceTypeName, string ResultTypeName, string DisplayName, string? Description);
