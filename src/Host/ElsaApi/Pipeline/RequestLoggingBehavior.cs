using System.Diagnostics;
using Mediator;
using PlanWorkflows.Engine.Validation;

namespace PlanWorkflows.Host.ElsaApi.Pipeline;

/// <summary>Logs each Elsa API request's handling time, and rejected requests with their reasons.</summary>
internal sealed class RequestLoggingBehavior<TMessage, TResponse>(ILogger<RequestLoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("Handled {Request} in {ElapsedMs:0.0} ms", typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return response;
        }
        catch (Exception exception) when (exception is DefinitionValidationException or RequestValidationException)
        {
            logger.LogWarning("Rejected {Request}: {Reasons}", typeof(TMessage).Name, exception.Message);
            throw;
        }
    }
}
