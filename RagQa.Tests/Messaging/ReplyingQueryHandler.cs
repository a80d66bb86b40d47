using RagQa.Core.Messaging;

namespace RagQa.Tests.Messaging;

/// <summary>Answers every query at once, as the query worker does once its answer is stored.</summary>
public sealed class ReplyingQueryHandler(IReplySender replies, DeliveryRecorder<ProcessQuery> recorder) : IMessageHandler<ProcessQuery>
{
    public async Task HandleAsync(ProcessQuery message, MessageContext context, CancellationToken cancellationToken)
    {
        await replies.ReplyAsync(context, new QueryAnswered(message.QueryId), cancellationToken);
        recorder.Record(message, context);
    }
}
