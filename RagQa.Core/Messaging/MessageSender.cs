using System.Diagnostics;
using RabbitMQ.Client;

namespace RagQa.Core.Messaging;

/// <summary>
/// Builds the AMQP envelope of a message (ids, type, persistence, timestamp, trace context), and
/// forwards received messages unchanged but for some headers (retry copies, dead letters).
/// Everything goes through the default exchange, straight to the named queue.
/// </summary>
internal sealed class MessageSender(ConfirmedChannelPool channels, TimeProvider time)
{
    /// <param name="spanDestination">The queue as named in the span: a stable name, not a server-generated one.</param>
    public async Task SendAsync<TMessage>(
        string routingKey,
        string spanDestination,
        TMessage message,
        string? replyTo,
        string? correlationId,
        bool persistent,
        CancellationToken cancellationToken)
        where TMessage : IMessageContract
    {
        var messageId = Guid.CreateVersion7().ToString();
        var properties = new BasicProperties
        {
            MessageId = messageId,
            CorrelationId = correlationId ?? messageId,
            ReplyTo = replyTo,
            Type = TMessage.MessageType,
            ContentType = MessageSerializer.ContentType,
            DeliveryMode = persistent ? DeliveryModes.Persistent : DeliveryModes.Transient,
            Timestamp = new AmqpTimestamp(time.GetUtcNow().ToUnixTimeSeconds()),
            Headers = new Dictionary<string, object?>(),
        };
        var body = MessageSerializer.Serialize(message);

        using var activity = MessagingTracing.StartPublish(spanDestination, routingKey, properties, body.Length);
        // Without a listener on our source there is no producer span, but the caller's context (an HTTP request, a consumer) still travels.
        MessagingTracing.Inject(activity ?? Activity.Current, properties.Headers);
        try
        {
            await channels.PublishAsync(routingKey, properties, body, cancellationToken);
        }
        catch (Exception ex)
        {
            MessagingTracing.RecordFailure(activity, ex);
            throw;
        }
    }

    /// <summary>Publishes a copy of a received message to <paramref name="queue"/>, with <paramref name="headers"/> added or replaced.</summary>
    public Task ForwardAsync(
        string queue,
        IReadOnlyBasicProperties original,
        ReadOnlyMemory<byte> body,
        IEnumerable<KeyValuePair<string, object?>> headers,
        CancellationToken cancellationToken)
    {
        var copy = new Dictionary<string, object?>(original.Headers ?? new Dictionary<string, object?>());
        foreach (var (name, value) in headers) copy[name] = value;
        var properties = new BasicProperties(original)
        {
            DeliveryMode = DeliveryModes.Persistent,
            Headers = copy,
        };
        return channels.PublishAsync(queue, properties, body, cancellationToken);
    }
}
