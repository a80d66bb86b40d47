using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace RagQa.Core.Messaging;

/// <summary>
/// Declares the queues in code, idempotently, so whichever process starts first creates them and no
/// deployment step is needed: each work queue is a durable quorum queue with a durable <c>{queue}.dlq</c>. The
/// consumer dead-letters explicitly (to record the reason and attempt count in headers); the work queue's
/// dead-letter arguments also route there whatever the broker itself dead-letters (a message returned more than
/// <see cref="MessagingOptions.DeliveryLimit"/> times because its consumer died, a rejected message, or an
/// operator's TTL or length-limit policy), so nothing is dropped silently and no message is redelivered forever.
/// A work queue left from before quorum queues (classic; a queue's type cannot change in place) is replaced when
/// it is empty and unused, otherwise start-up stops with what to do (docs/security.md, "Uploads and workers").
/// </summary>
public sealed class MessagingTopology(IConnection connection, IOptions<MessagingOptions> options, ILogger<MessagingTopology> logger)
{
    private readonly ConcurrentDictionary<string, byte> _declared = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Declares the standard work queues (<see cref="QueueNames.WorkQueues"/>) and their DLQs once per process.</summary>
    public Task EnsureDeclaredAsync(CancellationToken cancellationToken) =>
        EnsureDeclaredAsync(QueueNames.WorkQueues, cancellationToken);

    /// <summary>Declares <paramref name="queue"/> and its DLQ, along with the standard work queues, once per process.</summary>
    public Task EnsureDeclaredAsync(string queue, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        return EnsureDeclaredAsync([.. QueueNames.WorkQueues, queue], cancellationToken);
    }

    /// <summary>Declares <paramref name="queue"/> and its DLQ now, even if this process did before (it may have been deleted since).</summary>
    public Task DeclareAsync(string queue, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        _declared.TryRemove(queue, out _);
        return EnsureDeclaredAsync(queue, cancellationToken);
    }

    private async Task EnsureDeclaredAsync(IReadOnlyList<string> queues, CancellationToken cancellationToken)
    {
        if (queues.All(_declared.ContainsKey)) return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var missing = queues.Distinct(StringComparer.Ordinal).Where(q => !_declared.ContainsKey(q)).ToList();
            if (missing.Count == 0) return;
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            foreach (var queue in missing)
            {
                await DeclareAsync(channel, queue, cancellationToken);
                _declared.TryAdd(queue, 0);
            }
            logger.LogInformation("Declared queues {Queues} with their dead-letter queues", missing);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task DeclareAsync(IChannel channel, string queue, CancellationToken cancellationToken)
    {
        var deadLetter = QueueNames.DeadLetterOf(queue);
        try
        {
            await channel.QueueDeclareAsync(deadLetter, durable: true, exclusive: false, autoDelete: false,
                arguments: null, cancellationToken: cancellationToken);
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == Constants.PreconditionFailed)
        {
            throw DifferentSettings(deadLetter, ex);
        }
        if (!await TryDeclareWorkQueueAsync(channel, queue, cancellationToken))
        {
            // The failed declaration closed that channel.
            await using var replacement = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            await ReplaceClassicQueueAsync(replacement, queue, cancellationToken);
        }
    }

    /// <summary>Declares the quorum work queue; false when a queue of that name exists with other settings.</summary>
    private async Task<bool> TryDeclareWorkQueueAsync(IChannel channel, string queue, CancellationToken cancellationToken)
    {
        try
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                arguments: WorkQueueArguments(queue, options.Value.DeliveryLimit), cancellationToken: cancellationToken);
            return true;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == Constants.PreconditionFailed)
        {
            logger.LogWarning("Queue {Queue} exists with other settings ({Reason})", queue, ex.ShutdownReason.ReplyText);
            return false;
        }
    }

    /// <summary>The arguments of a work queue: quorum, a broker-side delivery limit, dead letters to its DLQ.</summary>
    public static Dictionary<string, object?> WorkQueueArguments(string queue, int deliveryLimit) => new()
    {
        ["x-queue-type"] = "quorum",
        ["x-delivery-limit"] = deliveryLimit,
        ["x-dead-letter-exchange"] = string.Empty,
        ["x-dead-letter-routing-key"] = QueueNames.DeadLetterOf(queue),
    };

    /// <summary>
    /// An older work queue (classic, or another delivery limit) is deleted and declared anew only when nothing would
    /// be lost: no messages and no consumers; otherwise start-up stops, saying how to drain it.
    /// </summary>
    private async Task ReplaceClassicQueueAsync(IChannel channel, string queue, CancellationToken cancellationToken)
    {
        var existing = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
        if (existing.MessageCount > 0 || existing.ConsumerCount > 0)
        {
            throw new InvalidOperationException(
                $"Queue '{queue}' exists with other settings (a classic queue from before quorum queues, or another " +
                $"Messaging:DeliveryLimit) and still has {existing.MessageCount} messages and {existing.ConsumerCount} consumers. " +
                "Stop the uploads and questions, let the old workers drain it, stop them, and start again: it is then " +
                "replaced by a quorum queue (docs/security.md, \"Uploads and workers\").");
        }
        try
        {
            // Quorum queues refuse if-unused (consumers were counted just above); if-empty still guards the messages.
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: true, cancellationToken: cancellationToken);
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                arguments: WorkQueueArguments(queue, options.Value.DeliveryLimit), cancellationToken: cancellationToken);
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == Constants.PreconditionFailed)
        {
            // A message or consumer arrived in between: the next start tries again.
            throw DifferentSettings(queue, ex);
        }
        logger.LogWarning("Replaced the empty queue {Queue} by a quorum queue with delivery limit {DeliveryLimit}", queue, options.Value.DeliveryLimit);
    }

    private static InvalidOperationException DifferentSettings(string queue, OperationInterruptedException ex) =>
        new($"Queue '{queue}' already exists with different settings ({ex.ShutdownReason?.ReplyText}); " +
            "drain and delete it so it can be declared as this version declares it (docs/security.md, \"Uploads and workers\").", ex);
}
