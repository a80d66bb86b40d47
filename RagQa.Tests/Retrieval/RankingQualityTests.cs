using RagQa.Core.Retrieval;

namespace RagQa.Tests.Retrieval;

public sealed class RankingQualityTests
{
    private static readonly string[] Ranked = ["a", "b", "c", "d", "e", "f"];

    [Theory]
    [InlineData("a", 1, 1.0)]
    [InlineData("c", 2, 0.0)]
    [InlineData("c", 3, 1.0)]
    [InlineData("z", 6, 0.0)]
    public void Recall_counts_a_single_known_item_within_k(string relevant, int k, double expected) =>
        Assert.Equal(expected, RankingQuality.RecallAtK(Ranked, new HashSet<string> { relevant }, k));

    [Fact]
    public void Recall_is_the_share_of_relevant_items_found()
    {
        Assert.Equal(0.5, RankingQuality.RecallAtK(Ranked, new HashSet<string> { "b", "f" }, 5));
        Assert.Equal(1.0, RankingQuality.RecallAtK(Ranked, new HashSet<string> { "b", "f" }, 6));
    }

    [Fact]
    public void Repeated_results_are_counted_once() =>
        Assert.Equal(0.5, RankingQuality.RecallAtK(["a", "a", "a"], new HashSet<string> { "a", "b" }, 3));

    [Fact]
    public void Nothing_relevant_scores_zero()
    {
        Assert.Equal(0, RankingQuality.RecallAtK(Ranked, new HashSet<string>(), 5));
        Assert.Equal(0, RankingQuality.ReciprocalRankAtK(Ranked, new HashSet<string>(), 5));
        Assert.Equal(0, RankingQuality.HitAtK(Ranked, new HashSet<string>(), 5));
    }

    [Fact]
    public void Hit_is_one_when_any_relevant_item_is_in_the_first_k()
    {
        Assert.Equal(1, RankingQuality.HitAtK(Ranked, new HashSet<string> { "e", "z" }, 5));
        Assert.Equal(0, RankingQuality.HitAtK(Ranked, new HashSet<string> { "f", "z" }, 5));
    }

    [Theory]
    [InlineData("a", 10, 1.0)]
    [InlineData("b", 10, 0.5)]
    [InlineData("d", 10, 0.25)]
    [InlineData("d", 3, 0.0)]
    [InlineData("z", 10, 0.0)]
    public void Reciprocal_rank_is_one_over_the_first_relevant_rank_within_k(string relevant, int k, double expected) =>
        Assert.Equal(expected, RankingQuality.ReciprocalRankAtK(Ranked, new HashSet<string> { relevant }, k));

    [Fact]
    public void Reciprocal_rank_uses_the_best_ranked_relevant_item() =>
        Assert.Equal(1.0 / 3, RankingQuality.ReciprocalRankAtK(Ranked, new HashSet<string> { "e", "c" }, 10));

    [Fact]
    public void A_short_ranking_is_not_padded() =>
        Assert.Equal(0, RankingQuality.ReciprocalRankAtK(["a"], new HashSet<string> { "b" }, 10));

    [Fact]
    public void Mean_over_questions()
    {
        Assert.Equal(0.5, RankingQuality.Mean([1.0, 0.0, 0.5, 0.5]));
        Assert.Equal(0, RankingQuality.Mean([]));
    }

    [Fact]
    public void K_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RankingQuality.RecallAtK(Ranked, new HashSet<string> { "a" }, 0));
}
