using RagQa.Core.Answering;
using RagQa.Core.Chunks;
using RagQa.Core.Retrieval;

namespace RagQa.Tests.Answering;

public sealed class ConfidenceScorerTests
{
    private static RetrievedChunk Chunk(double rankAgreement) => new(
        new ChunkRecord(Guid.NewGuid(), Guid.NewGuid(), "olist_reviews", "r1", 0, "texto", new Dictionary<string, string>()),
        0.03, 1, 1, 0.5)
    {
        RankAgreement = rankAgreement,
    };

    [Fact]
    public void No_citations_means_no_confidence() => Assert.Equal(0, ConfidenceScorer.Score([], 1.0));

    [Fact]
    public void A_fully_grounded_source_every_retriever_ranked_first_scores_one() =>
        Assert.Equal(1.0, ConfidenceScorer.Score([Chunk(1), Chunk(0.4)], 1.0));

    [Fact]
    public void The_best_cited_source_decides_not_the_average() =>
        Assert.Equal(0.8, ConfidenceScorer.Score([Chunk(0.3), Chunk(0.8), Chunk(0.5)], 1.0), 4);

    [Fact]
    public void Unsupported_sentences_scale_the_score_down() =>
        Assert.Equal(0.4, ConfidenceScorer.Score([Chunk(0.8)], 0.5), 4);

    [Fact]
    public void The_score_stays_within_zero_and_one_whatever_the_inputs()
    {
        Assert.Equal(1, ConfidenceScorer.Score([Chunk(5)], 7));
        Assert.Equal(0, ConfidenceScorer.Score([Chunk(-3)], -1));
        Assert.Equal(0, ConfidenceScorer.Score([Chunk(double.NaN)], 1));
    }

    [Fact]
    public void Aggregate_strength_grows_with_the_reviews_behind_the_figures_and_saturates()
    {
        Assert.Equal(0, ConfidenceScorer.ReviewStrength(0));
        Assert.True(ConfidenceScorer.ReviewStrength(3) < ConfidenceScorer.ReviewStrength(10));
        Assert.Equal(1, ConfidenceScorer.ReviewStrength(ConfidenceScorer.StrongReviewCount));
        Assert.Equal(1, ConfidenceScorer.ReviewStrength(5000));
    }

    [Fact]
    public void Aggregate_confidence_weighs_strength_agreement_and_grounding()
    {
        // 400 reviews → strength 1 (0.5); themes explain 75 % → 0.15; all sentences grounded → 0.3.
        Assert.Equal(0.95, ConfidenceScorer.ScoreAggregate(400, 0.75, 1.0), 4);
        // log(1 + 3) / log(31) = 0.4037 → 0.2018; exact count → 0.2; grounded → 0.3.
        Assert.Equal(0.7018, ConfidenceScorer.ScoreAggregate(3, 1.0, 1.0), 4);
        Assert.True(ConfidenceScorer.ScoreAggregate(0, 0.85, 1.0) < 0.7, "a count that matched nothing should go to a human");
    }

    [Fact]
    public void Ungrounded_sentences_lower_the_confidence() =>
        Assert.True(ConfidenceScorer.ScoreAggregate(400, 0.75, 0.5) < ConfidenceScorer.ScoreAggregate(400, 0.75, 1.0));

    [Fact]
    public void Combine_clamps_each_signal_and_ignores_nan() =>
        Assert.Equal(0.5, ConfidenceScorer.Combine(2, double.NaN, -1), 4);
}
