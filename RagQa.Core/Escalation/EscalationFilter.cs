namespace RagQa.Core.Escalation;

/// <summary>Which escalations to list: any of these statuses and priority levels (empty = all).</summary>
public sealed record EscalationFilter(IReadOnlyList<EscalationStatus> Statuses, IReadOnlyList<string> PriorityLevels);
