namespace RagQa.Core.Messaging;

/// <summary>
/// Publishes typed messages to a work queue with publisher confirms: the call returns only once the
/// broker has taken the message (persistent, JSON in snake_case, AMQP <c>type</c> = the message's
/// <see cref="IMessageContract.MessageType"/>). The current trace context travels in the message headers.
/// The correlation id defaults to the new message's id. Throws <see cref="BrokerUnavailableException"/> when the
/// broker refuses or cannot route the message, or while the connection is down; the caller decides whether to retry.
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
