using Microsoft.Extensions.Logging;
using RabbitMQ.Client.Exceptions;

namespace RagQa.Core.Messaging;

/// <summary>
/// Sends a reply to the requester's own queue. Replies are notifications, not the record (the result is
/// already committed), so they are transient, and a reply queue that has gone away (its process stopped
/// waiting and exited) is logged, not treated as a failure that would make the handler retry.
/// </summary>
internal sealed class RabbitMqReplySender(MessageSender sender, ILogger<RabbitMqReplySender> logger) : IReplySender
{
    public async Task ReplyAsync<TMessage>(MessageContext request, TMessage reply, CancellationToken cancellationToken)
        where TMessage : IMessageContract
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reply);
        if (string.IsNullOrEmpty(request.ReplyTo)) return;

        try
        {
            await sender.SendAsync(request.ReplyTo, "reply", reply, replyTo: null, request.CorrelationId, persistent: false, cancellationToken);
        }
        catch (PublishException ex) when (ex.IsReturn)
        {
            logger.LogInformation("Reply {MessageType} to message {MessageId} not delivered: its reply queue no longer exists",
                TMessage.MessageType, request.MessageId);
        }
    }
}
