using Microsoft.AspNetCore.Diagnostics;
using PlanWorkflows.Engine.Validation;

namespace PlanWorkflows.Host.ElsaApi.Pipeline;

/// <summary>
/// Answers invalid definitions, invalid request fields and unreadable requests (malformed JSON, wrong form) with an
/// RFC 7807 400 listing every message, instead of the 500 the default handler gives.
/// </summary>
internal sealed class ElsaApiExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, errors) = exception switch
        {
            DefinitionValidationException invalid => (StatusCodes.Status400BadRequest, "The workflow definition is invalid.",
                invalid.Errors.Select(error => error.Message).ToArray()),
            RequestValidationException invalid => (StatusCodes.Status400BadRequest, "The request is invalid.", invalid.Errors.ToArray()),
            BadHttpRequestException badRequest => (badRequest.StatusCode, "The request could not be read.", [badRequest.Message]),
            _ => (0, string.Empty, Array.Empty<string>()),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["errors"] = errors })
            {
                Status = status,
                Title = title,
            },
        });
    }
}
