using System.Collections.Concurrent;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace RagQa.Core.Messaging;

/// <summary>
/// Channels with publisher confirms, lent out one publish at a time because a channel is not safe for
/// concurrent use. Publishing is mandatory and tracked, so the call returns only once the broker has
/// routed and stored the message and throws <see cref="PublishException"/> when it did not.
/// </summary>
internal sealed class ConfirmedChannelPool(IConnection connection) : IAsyncDisposable
{
    private static readonly CreateChannelOptions ConfirmingChannel = new(
        publisherConfirmationsEnabled: true,
        publisherConfirmationTrackingEnabled: true);

    private readonly ConcurrentBag<IChannel> _idle = [];
    private readonly int _maxIdle = Math.Max(4, Environment.ProcessorCount * 2);

    public async Task PublishAsync(string routingKey, BasicProperties properties, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var channel = await RentAsync(cancellationToken);
        var reusable = false;
        try
        {
            await channel.BasicPublishAsync(string.Empty, routingKey, mandatory: true, properties, body, cancellationToken);
            reusable = true;
        }
        catch (PublishException)
        {
            // A nack or an unroutable message leaves the channel healthy.
            reusable = true;
            throw;
        }
        finally
        {
            // Any other failure (cancelled mid-confirm, channel closed) may leave the channel's
            // confirm bookkeeping inconsistent, so it is closed rather than reused.
            if (reusable && channel.IsOpen && _idle.Count < _maxIdle)
            {
                _idle.Add(channel);
            }
            else
            {
                await channel.DisposeAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var channel))
        {
            await channel.DisposeAsync();
        }
    }

    private async ValueTask<IChannel> RentAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var channel))
        {
            if (channel.IsOpen) return channel;
            await channel.DisposeAsync();
        }
        return await connection.CreateChannelAsync(ConfirmingChannel, cancellationToken);
    }
}
