using RagQa.Core.Retrieval;

namespace RagQa.Tests.Retrieval;

public sealed class ReciprocalRankFusionTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    [Fact]
    public void A_document_found_by_both_retrievers_outranks_one_found_by_a_single_retriever()
    {
        var fused = ReciprocalRankFusion.Fuse([[A, B], [C, B]]);

        Assert.Equal(B, fused[0].Id);
        Assert.Equal(3, fused.Count);
        Assert.Equal(1.0 / 62 + 1.0 / 62, fused[0].Score, 12);
    }

    [Fact]
    public void Ties_keep_the_order_in_which_documents_were_first_seen()
    {
        var fused = ReciprocalRankFusion.Fuse([[A], [C]]);

        Assert.Equal([A, C], fused.Select(f => f.Id));
    }

    [Fact]
    public void Empty_rankings_fuse_to_nothing() => Assert.Empty(ReciprocalRankFusion.Fuse([[], []]));
}
