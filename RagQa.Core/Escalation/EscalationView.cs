using RagQa.Core.Answering;
using RagQa.Core.Query;

namespace RagQa.Core.Escalation;

/// <summary>
/// An escalation as support agents see it (GET /escalations): the case, its priority and what raised it, and the
/// query it is about — question, answer, confidence and the quoted citations.
/// </summary>
public sealed record EscalationView(
    Guid EscalationId,
    Guid QueryId,
    string Status,
    string Reason,
    string Source,
    double Priority,
    IReadOnlyList<string> Impact,
    string? Assignee,
    string? Resolution,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? ResolvedAt,
    string Question,
    string Collection,
    string QueryStatus,
    string? Answer,
    double? Confidence,
    IReadOnlyList<Citation> Citations)
{
    public string PriorityLevel => EscalationPriority.LevelOf(Priority);
}
