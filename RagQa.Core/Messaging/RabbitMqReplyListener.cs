using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace RagQa.Core.Messaging;

/// <summary>
/// One exclusive, auto-delete, server-named reply queue per process, declared on first use (a worker that
/// never waits for a reply never creates one). Replies are matched to waiters by correlation id; a reply
/// nobody waits for any more (timed out) is dropped. While the broker is unreachable, asking for the address throws
/// <see cref="BrokerUnavailableException"/>.
/// </summary>
internal sealed class RabbitMqReplyListener : IReplyListener, IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly TimeProvider _time;
    private readonly ILogger<RabbitMqReplyListener> _logger;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IChannel? _channel;
    private volatile string? _queue;

    public RabbitMqReplyListener(IConnection connection, TimeProvider time, ILogger<RabbitMqReplyListener> logger)
    {
        _connection = connection;
        _time = time;
        _logger = logger;
        // Connection recovery re-declares a server-named queue under a new name; requests sent from now on must use it.
        _connection.QueueNameChangedAfterRecoveryAsync += OnQueueRenamedAsync;
    }

    public async Task<string> GetAddressAsync(CancellationToken cancellationToken)
    {
        if (_queue is { } ready && _channel is { IsOpen: true }) return ready;

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_queue is { } declared && _channel is { IsOpen: true }) return declared;
            if (_channel is not null) await _channel.DisposeAsync();
            _channel = null;

            return await DeclareAsync(cancellationToken);
        }
        catch (Exception ex) when (BrokerUnavailableException.IsBrokerFailure(ex))
        {
            throw new BrokerUnavailableException("(reply queue)", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<string> DeclareAsync(CancellationToken cancellationToken)
    {
        var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            var ok = await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true,
                arguments: null, cancellationToken: cancellationToken);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += OnReplyAsync;
            await channel.BasicConsumeAsync(ok.QueueName, autoAck: true, consumer, cancellationToken);
            _channel = channel;
            _queue = ok.QueueName;
            _logger.LogInformation("Listening for replies on {ReplyQueue}", ok.QueueName);
            return ok.QueueName;
        }
        catch
        {
            await channel.DisposeAsync();
            throw;
        }
    }

    public IPendingReply Expect(string correlationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(correlationId);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_waiting.TryAdd(correlationId, arrived))
        {
            throw new InvalidOperationException($"A reply with correlation id '{correlationId}' is already awaited.");
        }
        return new PendingReply(this, correlationId, arrived);
    }

    public async ValueTask DisposeAsync()
    {
        _connection.QueueNameChangedAfterRecoveryAsync -= OnQueueRenamedAsync;
        await _gate.WaitAsync();
        try
        {
            if (_channel is not null) await _channel.DisposeAsync();
            _channel = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task OnReplyAsync(object sender, BasicDeliverEventArgs delivery)
    {
        var correlationId = delivery.BasicProperties.CorrelationId;
        if (correlationId is not null && _waiting.TryGetValue(correlationId, out var arrived))
        {
            arrived.TrySetResult();
        }
        else
        {
            _logger.LogDebug("Dropped a reply with correlation id {CorrelationId}: nobody is waiting for it", correlationId);
        }
        return Task.CompletedTask;
    }

    private Task OnQueueRenamedAsync(object sender, QueueNameChangedAfterRecoveryEventArgs args)
    {
        if (args.NameBefore == _queue)
        {
            _queue = args.NameAfter;
            _logger.LogWarning("Reply queue {OldReplyQueue} was re-declared as {ReplyQueue} after a reconnect", args.NameBefore, args.NameAfter);
        }
        return Task.CompletedTask;
    }

    private sealed class PendingReply(RabbitMqReplyListener listener, string correlationId, TaskCompletionSource arrived) : IPendingReply
    {
        public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            try
            {
                await arrived.Task.WaitAsync(timeout, listener._time, cancellationToken);
                return true;
            }
            catch (TimeoutException)
            {
                return false;
            }
        }

        public void Dispose() => listener._waiting.TryRemove(new KeyValuePair<string, TaskCompletionSource>(correlationId, arrived));
    }
}
