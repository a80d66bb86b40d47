using System.Text.Json;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Escalation;

namespace RagQa.Core.Query;

/// <summary>
/// A row of <c>queries</c> with its answer's columns (null while pending), as <see cref="QueryStore"/> reads it before
/// adding the citations and the escalation that make a <see cref="QueryView"/>.
/// </summary>
internal sealed record StoredQuery(
    Guid QueryId,
    QueryStatus Status,
    string Question,
    string Collection,
    string? Answer,
    string? Mode,
    double? Confidence,
    bool CacheHit,
    int? LatencyMs,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AnsweredAt,
    string? Kind,
    string? Analysis)
{
    public QueryView ToView(IReadOnlyList<Citation> citations, QueryEscalation? escalation) =>
        new(QueryId, Status, Question, Collection, Answer, Mode, citations, Confidence, CacheHit, LatencyMs, Error, CreatedAt, AnsweredAt, escalation)
        {
            Kind = Kind,
            Analysis = Analysis is null ? null : JsonSerializer.Deserialize<AnalysisFigures>(Analysis, AnalysisJson.Options),
        };
}
