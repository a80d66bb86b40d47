using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace RagQa.Core.Messaging;

/// <summary>
/// Declares the queues in code, idempotently, so whichever process starts first creates them and no
/// deployment step is needed: each work queue is durable and has a durable <c>{queue}.dlq</c>. The consumer
/// dead-letters explicitly (to record the reason and attempt count in headers); the work queue's
/// dead-letter arguments also route there whatever the broker itself dead-letters (a rejected message,
/// or an operator's TTL or length-limit policy), so nothing is dropped silently.
/// </summary>
public sealed class MessagingTopology(IConnection connection, ILogger<MessagingTopology> logger)
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

    private static async Task DeclareAsync(IChannel channel, string queue, CancellationToken cancellationToken)
    {
        var deadLetter = QueueNames.DeadLetterOf(queue);
        try
        {
            await channel.QueueDeclareAsync(deadLetter, durable: true, exclusive: false, autoDelete: false,
                arguments: null, cancellationToken: cancellationToken);
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                arguments: new Dictionary<string, object?>
                {
                    ["x-dead-letter-exchange"] = string.Empty,
                    ["x-dead-letter-routing-key"] = deadLetter,
                },
                cancellationToken: cancellationToken);
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == Constants.PreconditionFailed)
        {
            throw new InvalidOperationException(
                $"Queue '{queue}' or '{deadLetter}' already exists with different settings ({ex.ShutdownReason.ReplyText}); " +
                "delete it or migrate its messages so it can be declared durable with dead-lettering to its DLQ.", ex);
        }
    }
}
