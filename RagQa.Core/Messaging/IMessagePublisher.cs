namespace RagQa.Core.Messaging;

/// <summary>
/// Publishes typed messages to a work queue with publisher confirms: the call returns only once the
/// broker has taken the message. The current trace context travels in the message headers.
/// </summary>
public interface IMessagePublisher
{
    Task PublishAsync<TMessage>(
        string queue,
        TMessage message,
        string? replyTo = null,
        string? correlationId = null,
        CancellationToken cancellationToken = default)
        where TMessage : IMessageContract;
}
