namespace RagQa.Core.Messaging;

/// <summary>Sent on the reply queue once a query's answer is committed to the database.</summary>
public sealed record QueryAnswered(Guid QueryId) : IMessageContract
{
    public static string MessageType => "query-answered.v1";
}
