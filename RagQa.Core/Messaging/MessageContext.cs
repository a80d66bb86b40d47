namespace RagQa.Core.Messaging;

/// <summary>What the broker said about a delivery: ids, where to reply, and which attempt this is (1 = first).</summary>
public sealed record MessageContext(string MessageId, string? CorrelationId, string? ReplyTo, int Attempt);
