using RagQa.Core.Messaging;

namespace RagQa.Tests.Messaging;

/// <summary>Records each call and throws when the recorder's script says so.</summary>
public sealed class RecordingHandler<TMessage>(DeliveryRecorder<TMessage> recorder) : IMessageHandler<TMessage>
    where TMessage : IMessageContract
{
    public Task HandleAsync(TMessage message, MessageContext context, CancellationToken cancellationToken)
    {
        if (recorder.Record(message, context))
        {
            throw new InvalidOperationException($"Simulated handler failure on attempt {context.Attempt}");
        }
        return Task.CompletedTask;
    }
}
