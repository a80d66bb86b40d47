namespace RagQa.Core.Escalation;

/// <summary>One page of escalations, highest priority first, with the number of all that match the filter.</summary>
public sealed record EscalationPage(IReadOnlyList<EscalationView> Items, int Page, int PageSize, long Total);
