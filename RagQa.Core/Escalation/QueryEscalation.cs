namespace RagQa.Core.Escalation;

/// <summary>
/// An escalation as the asker sees it (POST /query/{id}/escalate, GET /query/{id}): its state and, once resolved, the
/// agent's resolution. Who handles it and its priority are for the support team only (<see cref="EscalationView"/>).
/// Read through <see cref="EscalationStore.QueryEscalationColumns"/>.
/// </summary>
public sealed record QueryEscalation(
    Guid EscalationId,
    Guid QueryId,
    EscalationStatus Status,
    string Reason,
    string Source,
    DateTimeOffset CreatedAt,
    string? Resolution,
    DateTimeOffset? ResolvedAt);
