using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using RagQa.Core.Answering;
using RagQa.Core.Embeddings;
using RagQa.Core.Query;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;
using static RagQa.Tests.Caching.CacheTestSupport;

namespace RagQa.Tests.Query;

public sealed class AnswerCacheKeysTests
{
    [Fact]
    public async Task The_key_of_a_retrieved_answer_uses_the_filter_that_was_applied()
    {
        using var embeddings = new HashingEmbeddingGenerator();
        var keys = new AnswerCacheKeys(embeddings, embeddings.GetService<EmbeddingModelInfo>()!, Options.Create(new AnswerOptions()));
        var asked = new NewQuery(Guid.NewGuid(), "avaliações de 1 estrela", "olist_reviews", 5, Filter: null, CorrelationId: null);
        var applied = new VectorFilter([new MetadataCondition(QueryFilters.ScoreKey, From: "1", To: "1")]);
        RetrievedChunk[] retrieved = [Chunk(Guid.NewGuid(), "olist_reviews", 0), Chunk(Guid.NewGuid(), "olist_reviews", 1)];

        var recognised = await keys.ForRetrievedAsync(asked, new RetrievalResult(retrieved, Vector(0, 0.1f), applied), CancellationToken.None);
        var stated = await keys.ForRetrievedAsync(asked with { Filter = applied }, new RetrievalResult(retrieved, Vector(0, 0.1f), applied), CancellationToken.None);
        var unfiltered = await keys.ForRetrievedAsync(asked, new RetrievalResult(retrieved, Vector(0, 0.1f), null), CancellationToken.None);

        Assert.Equal(stated.Bucket, recognised.Bucket);
        Assert.NotEqual(unfiltered.Bucket, recognised.Bucket);
    }
}
