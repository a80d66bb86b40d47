namespace RagQa.Core.Messaging;

/// <summary>Replies to the sender of a request (AMQP reply-to + correlation id); does nothing when the request had no reply address.</summary>
public interface IReplySender
{
    Task ReplyAsync<TMessage>(MessageContext request, TMessage reply, CancellationToken cancellationToken)
        where TMessage : IMessageContract;
}
