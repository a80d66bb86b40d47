namespace RagQa.Core.Messaging;

/// <summary>Answer a stored question. The worker persists the answer, then replies on the AMQP reply-to queue when one is set.</summary>
public sealed record ProcessQuery(Guid QueryId) : IMessageContract
{
    public static string MessageType => "process-query.v1";
}
