namespace RagQa.Core.Escalation;

/// <summary>The query's escalation, and whether this call opened it (false: it already had one).</summary>
public sealed record EscalationCreated(QueryEscalation Escalation, bool Created);
