using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace RagQa.Core.Messaging;

/// <summary>
/// Reads message and consumer counts of the queues from the broker (a passive declare: no management
/// plugin needed). Feeds the ragqa.queue.depth / ragqa.queue.consumers gauges, which Prometheus and the
/// KEDA scalers read.
/// </summary>
public sealed class QueueDepthReader(
    IConnection connection,
    MessagingTopology topology,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    ILogger<QueueDepthReader> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IChannel? _channel;
    private IReadOnlyList<QueueDepth> _latest = [];
    private long _latestAt = long.MinValue;
    private int _refreshing;

    /// <summary>The work queues and their dead-letter queues, in that order.</summary>
    public static IReadOnlyList<string> MonitoredQueues { get; } =
        [.. QueueNames.WorkQueues, .. QueueNames.WorkQueues.Select(QueueNames.DeadLetterOf)];

    /// <exception cref="RabbitMQ.Client.Exceptions.OperationInterruptedException">The queue does not exist.</exception>
    public async Task<QueueDepth> ReadAsync(string queue, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // A passive declare of a missing queue closes the channel (404), so a closed one is replaced.
            if (_channel is not { IsOpen: true })
            {
                if (_channel is not null) await _channel.DisposeAsync();
                _channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            }
            var ok = await _channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            return new QueueDepth(queue, ok.MessageCount, ok.ConsumerCount);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Depths of <see cref="MonitoredQueues"/>, declaring the topology first if nobody has yet.</summary>
    public async Task<IReadOnlyList<QueueDepth>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await topology.EnsureDeclaredAsync(cancellationToken);
        var depths = new List<QueueDepth>(MonitoredQueues.Count);
        foreach (var queue in MonitoredQueues)
        {
            depths.Add(await ReadAsync(queue, cancellationToken));
        }
        return depths;
    }

    /// <summary>
    /// The last snapshot, refreshed in the background when stale. Gauge callbacks are synchronous and must
    /// not block on the broker, so a scrape sees the previous refresh's numbers (nothing on the very first).
    /// </summary>
    internal IReadOnlyList<QueueDepth> Snapshot()
    {
        var latestAt = Volatile.Read(ref _latestAt);
        var stale = latestAt == long.MinValue || time.GetElapsedTime(latestAt) >= options.Value.QueueDepthRefreshInterval;
        if (stale && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
        {
            _ = RefreshAsync();
        }
        return Volatile.Read(ref _latest);
    }

    public async ValueTask DisposeAsync()
    {
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

    private async Task RefreshAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            Volatile.Write(ref _latest, await ReadAllAsync(timeout.Token));
            Volatile.Write(ref _latestAt, time.GetTimestamp());
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not read queue depths; the gauges keep their previous values");
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }
}
