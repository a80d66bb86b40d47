using System.Collections.Concurrent;
using RagQa.Core.Messaging;

namespace RagQa.Tests.Ingestion;

/// <summary>An <see cref="IMessagePublisher"/> that keeps the messages, for handler tests without a broker.</summary>
internal sealed class RecordingPublisher : IMessagePublisher
{
    public ConcurrentQueue<object> Messages { get; } = new();

    public Task PublishAsync<TMessage>(string queue, TMessage message, string? replyTo = null, string? correlationId = null,
        CancellationToken cancellationToken = default) where TMessage : IMessageContract
    {
        Messages.Enqueue(message);
        return Task.CompletedTask;
    }
}
