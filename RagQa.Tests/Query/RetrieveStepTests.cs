using RagQa.Core.Chunks;
using RagQa.Core.Query.Steps;
using RagQa.Core.Retrieval;

namespace RagQa.Tests.Query;

public sealed class RetrieveStepTests
{
    private static RetrievedChunk Found(string text, int? lexicalRank) => new(
        new ChunkRecord(Guid.NewGuid(), Guid.NewGuid(), "olist_reviews", "r1", 0, text, new Dictionary<string, string>()), 0.1, 1, lexicalRank, 0.5);

    [Fact]
    public void Two_content_words_in_common_with_a_lexical_hit_are_more_than_chance()
    {
        var hit = Found("O revestimento de parede chegou em duas unidades", lexicalRank: 1);

        Assert.True(RetrieveStep.SharesWordsWithAReview("revestimento de parede em duas unidades", [hit]));
        Assert.False(RetrieveStep.SharesWordsWithAReview("como está o tempo hoje?", [hit]));
        // Words in common with a source only the dense search found are not shared words.
        Assert.False(RetrieveStep.SharesWordsWithAReview("revestimento de parede em duas unidades", [Found("O revestimento de parede chegou em duas unidades", lexicalRank: null)]));
    }
}
