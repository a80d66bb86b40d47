namespace RagQa.Core.Escalation;

/// <summary>An escalation to open for a query; <see cref="Confidence"/> is the answer's when there is one.</summary>
public sealed record NewEscalation(Guid QueryId, string Reason, string Source, double? Confidence, PriorityScore Priority);
