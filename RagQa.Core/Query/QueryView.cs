using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Escalation;

namespace RagQa.Core.Query;

/// <summary>
/// A stored query as the API shows it: its status and, once answered, the answer and citations; and its escalation to a
/// human, if any, with the resolution once an agent resolved it.
/// </summary>
public sealed record QueryView(
    Guid QueryId,
    QueryStatus Status,
    string Question,
    string Collection,
    string? Answer,
    string? Mode,
    IReadOnlyList<Citation> Citations,
    double? Confidence,
    bool CacheHit,
    int? LatencyMs,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AnsweredAt,
    QueryEscalation? Escalation = null)
{
    /// <summary>analytical, specific or out_of_scope (see <see cref="AnswerKinds"/>); null while pending.</summary>
    public string? Kind { get; init; }

    /// <summary>The figures of an analytical answer as data: measure, definition, population, value, table.</summary>
    public AnalysisFigures? Analysis { get; init; }

    /// <summary>
    /// Only in the answer to an anonymous POST /query: the token that reads this query back and escalates it (send it as
    /// <c>X-Query-Token</c>); never stored, never shown again.
    /// </summary>
    public string? AccessToken { get; init; }

    public bool Escalated => Escalation is not null;

    public Guid? EscalationId => Escalation?.EscalationId;
}
