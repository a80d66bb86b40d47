using RagQa.Core.Answering;
using RagQa.Core.Retrieval;

namespace RagQa.Core.Query;

/// <summary>
/// What an answer is written from: the numbered sources, the results to store, and for an aggregate answer its
/// figures (<paramref name="Breakdown"/> or <paramref name="Count"/>), how many reviews they cover and how exact
/// they are (<paramref name="Agreement"/>), which the confidence is scored from.
/// </summary>
public sealed record PreparedSources(
    IReadOnlyList<AnswerSource> Sources,
    IReadOnlyList<RetrievedChunk> Results,
    ThemeBreakdown? Breakdown = null,
    SubjectCount? Count = null,
    int Reviews = 0,
    double Agreement = 0);
