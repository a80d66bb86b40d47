namespace RagQa.Core.Escalation;

/// <summary>An escalation's priority in [0, 1], its level, and the customer-impact categories that raised it.</summary>
public sealed record PriorityScore(double Value, string Level, IReadOnlyList<string> Impact);
