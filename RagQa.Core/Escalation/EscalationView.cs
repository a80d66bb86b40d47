using RagQa.Core.Answering;

namespace RagQa.Core.Escalation;

/// <summary>
/// An escalation as support agents see it (GET /escalations): the case, its priority and what raised it, and the
/// query it is about — question, answer, confidence and the quoted citations. <see cref="EscalationStore"/> selects the
/// constructor's columns in its order and adds the citations after.
/// </summary>
public sealed record EscalationView(
    Guid EscalationId,
    Guid QueryId,
    EscalationStatus Status,
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
    QueryStatus QueryStatus,
    string? Answer,
    double? Confidence)
{
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    public string PriorityLevel => EscalationPriority.LevelOf(Priority);
}
