using RagQa.Core.Retrieval;

namespace RagQa.Tests.Retrieval;

public sealed class WeightedRankFusionTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    [Fact]
    public void Equal_weights_are_plain_reciprocal_rank_fusion()
    {
        IReadOnlyList<IReadOnlyList<Guid>> rankings = [[A, B], [C, B]];

        Assert.Equal(ReciprocalRankFusion.Fuse(rankings, 20), ReciprocalRankFusion.Fuse(rankings, [1.0, 1.0], 20));
    }

    [Fact]
    public void A_heavier_ranking_decides_between_two_first_places()
    {
        var fused = ReciprocalRankFusion.Fuse([[A], [C]], [1.0, 3.0], k: 20);

        Assert.Equal([C, A], fused.Select(f => f.Id));
        Assert.Equal(3.0 / 21, fused[0].Score, 12);
    }

    [Fact]
    public void The_best_score_is_that_of_an_id_every_ranking_puts_first()
    {
        var fused = ReciprocalRankFusion.Fuse([[A, B], [A, C], [A]], [1.0, 3.0, 2.0], k: 20);

        Assert.Equal(ReciprocalRankFusion.Best([1.0, 3.0, 2.0], k: 20), fused[0].Score, 12);
        Assert.Equal(6.0 / 21, ReciprocalRankFusion.Best([1.0, 3.0, 2.0], k: 20), 12);
    }

    [Fact]
    public void A_weight_of_zero_leaves_that_ranking_only_as_a_source_of_candidates()
    {
        var fused = ReciprocalRankFusion.Fuse([[A, B], [B, C]], [0.0, 1.0], k: 20);

        Assert.Equal([B, C, A], fused.Select(f => f.Id));
        Assert.Equal(0, fused[2].Score);
    }

    [Fact]
    public void Each_ranking_needs_a_weight() =>
        Assert.Throws<ArgumentException>(() => ReciprocalRankFusion.Fuse([[A], [B]], [1.0], k: 20));
}
