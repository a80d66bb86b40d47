namespace RagQa.Core.Query;

/// <summary>A stored query as the API shows it: its status and, once answered, the answer and citations.</summary>
public sealed record QueryView(
    Guid QueryId,
    string Status,
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
    DateTimeOffset? AnsweredAt);
