using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Host.ElsaApi.Pipeline;

namespace PlanWorkflows.Host.ElsaApi.Definitions;

/// <summary>
/// <c>POST /workflow-definitions/import-files</c> (multipart): imports each uploaded JSON definition as
/// <see cref="ImportDefinition"/> does and answers <c>{count}</c>. The first invalid file stops the import with
/// 400; the files before it stay imported.
/// Studio's own calls carry a SameSite=Strict cookie or an API key, so no antiforgery token is asked for.
/// </summary>
internal static class ImportDefinitionFiles
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/workflow-definitions/import-files", async (IFormFileCollection files, ISender sender, CancellationToken cancellationToken) =>
                await sender.Send(new Command(await ReadAllAsync(files, cancellationToken)), cancellationToken))
            .RequireEditor()
            .DisableAntiforgery();

    internal sealed record Command(IReadOnlyList<string> Definitions) : IRequest<Ok<Response>>, IValidatedRequest
    {
        public IEnumerable<string> Validate() => Definitions.Count == 0 ? ["Upload at least one workflow definition JSON file."] : [];
    }

    internal sealed record Response(int Count);

    internal sealed class Handler(IWorkflowDefinitionService definitions) : IRequestHandler<Command, Ok<Response>>
    {
        public async ValueTask<Ok<Response>> Handle(Command command, CancellationToken cancellationToken)
        {
            foreach (var definition in command.Definitions)
            {
                await definitions.ImportAsync(definition, cancellationToken);
            }

            return TypedResults.Ok(new Response(command.Definitions.Count));
        }
    }

    private static async Task<IReadOnlyList<string>> ReadAllAsync(IFormFileCollection files, CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        foreach (var file in files)
        {
            using var reader = new StreamReader(file.OpenReadStream());
            texts.Add(await reader.ReadToEndAsync(cancellationToken));
        }

        return texts;
    }
}
