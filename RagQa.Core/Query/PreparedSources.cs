using RagQa.Core.Answering;
using RagQa.Core.Retrieval;

namespace RagQa.Core.Query;

/// <summary>
/// What an answer is written from: the numbered sources, the results to store, and for a theme breakdown its
/// figures (<paramref name="Breakdown"/>), how many reviews they cover and how exact they are (<paramref name="Agreement"/>),
/// which the confidence is scored from.
/// </summary>
public sealed record PreparedSources(
    IReadOnlyList<AnswerSource> Sources,
    IReadOnlyList<RetrievedChunk> Results,
    ThemeBreakdown? Breakdown = null,
    int Reviews = 0,
    double Agreement = 0)
{
    /// <summary>The confidence when it is known before validation: analytical figures are exact, only their reading can be wrong.</summary>
    public double? Confidence { get; init; }

    /// <summary>The cited examples of an answer counted over the collection, stored as its results (in their ranked order).</summary>
    public static IReadOnlyList<RetrievedChunk> AsResults(IReadOnlyList<AnswerSource> sources) =>
        sources.Select(s => new RetrievedChunk(s.Chunk, s.Score, null, null, null)).ToList();
}
