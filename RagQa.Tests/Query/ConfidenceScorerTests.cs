using RagQa.Core.Ingestion;
using RagQa.Core.Query;

namespace RagQa.Tests.Query;

public sealed class ConfidenceScorerTests
{
    private static RetrievedChunk Chunk(double? similarity, int? denseRank, int? lexicalRank) => new(
        new ChunkRecord(Guid.NewGuid(), Guid.NewGuid(), "olist_reviews", "r1", 0, "texto", new Dictionary<string, string>()),
        0.03, denseRank, lexicalRank, similarity);

    [Fact]
    public void No_citations_means_no_confidence() => Assert.Equal(0, ConfidenceScorer.Score([], 1.0));

    [Fact]
    public void Strong_agreeing_fully_grounded_sources_score_one() =>
        Assert.Equal(1.0, ConfidenceScorer.Score([Chunk(0.9, 1, 1), Chunk(0.7, 2, 3)], 1.0));

    [Fact]
    public void Weak_similarity_found_by_one_retriever_scores_only_the_grounding_share() =>
        Assert.Equal(0.3, ConfidenceScorer.Score([Chunk(0.1, 1, null)], 1.0));

    [Fact]
    public void Each_signal_moves_the_score_by_its_weight()
    {
        // strength: (0.4 - 0.15) / 0.5 = 0.5 → 0.25; agreement 1/2 → 0.1; grounding 0.5 → 0.15.
        var score = ConfidenceScorer.Score([Chunk(0.4, 1, 1), Chunk(0.4, 2, null)], 0.5);

        Assert.Equal(0.5, score, 4);
    }

    [Fact]
    public void The_score_stays_within_zero_and_one_whatever_the_inputs()
    {
        Assert.InRange(ConfidenceScorer.Score([Chunk(5, 1, 1)], 7), 0, 1);
        Assert.InRange(ConfidenceScorer.Score([Chunk(-3, null, null)], -1), 0, 1);
    }
}
