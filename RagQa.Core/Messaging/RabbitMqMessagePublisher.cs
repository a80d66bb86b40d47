namespace RagQa.Core.Messaging;

/// <summary>
/// Publishes persistent messages to work queues, declaring the topology first if this process has not yet; a message
/// the broker did not take throws <see cref="BrokerUnavailableException"/>.
/// </summary>
internal sealed class RabbitMqMessagePublisher(
    MessagingTopology topology,
    MessageSender sender,
    MessagingMetrics metrics) : IMessagePublisher
{
    public async Task PublishAsync<TMessage>(
        string queue,
        TMessage message,
        string? replyTo = null,
        string? correlationId = null,
        CancellationToken cancellationToken = default)
        where TMessage : IMessageContract
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        ArgumentNullException.ThrowIfNull(message);

        try
        {
            await topology.EnsureDeclaredAsync(queue, cancellationToken);
            await sender.SendAsync(queue, queue, message, replyTo, correlationId, persistent: true, cancellationToken);
        }
        catch (Exception ex) when (BrokerUnavailableException.IsBrokerFailure(ex))
        {
            // Callers should not need to know the client library's exceptions to tell "try again later" apart.
            throw new BrokerUnavailableException(queue, ex);
        }
        metrics.Published(queue);
    }
}
