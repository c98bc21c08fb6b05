using Mediator;

namespace PlanWorkflows.Host.ElsaApi.Pipeline;

/// <summary>Rejects an <see cref="IValidatedRequest"/> with every problem it reports, before its handler runs.</summary>
internal sealed class RequestValidationBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IValidatedRequest validated && validated.Validate().ToList() is { Count: > 0 } errors)
        {
            throw new RequestValidationException(errors);
        }

        return next(message, cancellationToken);
    }
}
