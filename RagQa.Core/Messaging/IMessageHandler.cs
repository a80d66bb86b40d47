namespace RagQa.Core.Messaging;

/// <summary>
/// Handles one message type. The message is acknowledged only after this returns; an exception makes the
/// consumer retry with backoff, then dead-letter. Handlers must therefore be idempotent.
/// </summary>
public interface IMessageHandler<in TMessage> where TMessage : IMessageContract
{
    Task HandleAsync(TMessage message, MessageContext context, CancellationToken cancellationToken);
}
