using System.Globalization;
using System.Text;
using RagQa.Core.Caching;
using RagQa.Core.Embeddings;
using RagQa.Tests.Infrastructure;
using StackExchange.Redis;
using Xunit.Abstractions;
using static RagQa.Tests.Caching.CacheTestSupport;

namespace RagQa.Tests.Caching;

/// <summary>
/// What the cache does with real question variants embedded by the default model (same collection and top-3
/// chunks for all, so only the question embedding decides). Prints the measured similarities.
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed class ParaphraseCacheTests(LocalServers servers, ITestOutputHelper output)
{
    private const string Original = "Quais são as reclamações mais comuns?";

    [Theory]
    [InlineData("Quais são as reclamações mais comuns?", true)]
    [InlineData("quais sao as reclamacoes mais comuns", true)]
    [InlineData("QUAIS SÃO AS RECLAMAÇÕES MAIS COMUNS??", true)]
    [InlineData("  Quais são as reclamações  mais comuns ? ", true)]
    [InlineData("Quais as reclamações mais comuns?", false)]
    [InlineData("Quais são as reclamações mais frequentes?", false)]
    [InlineData("Quais são as reclamações menos comuns?", false)]
    [InlineData("Quais são os elogios mais comuns?", false)]
    public async Task Only_near_identical_questions_share_an_answer(string question, bool hit)
    {
        using var embeddings = new MiniLmEmbeddingGenerator();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(servers.RedisConnectionString);
        var cache = Cache(redis);
        var collection = "c_" + Guid.NewGuid().ToString("N")[..10];
        var retrieved = new[] { Chunk(Guid.NewGuid(), collection, 0), Chunk(Guid.NewGuid(), collection, 1), Chunk(Guid.NewGuid(), collection, 2) };
        var vectors = await embeddings.GenerateAsync([Original, question]);
        var stored = AnswerCacheKey.For(collection, null, 5, MiniLmEmbeddingGenerator.ModelId, vectors[0].Vector, retrieved);
        var asked = AnswerCacheKey.For(collection, null, 5, MiniLmEmbeddingGenerator.ModelId, vectors[1].Vector, retrieved);
        await cache.SetAsync(stored, Answer("As reclamações mais comuns são sobre atraso na entrega."), exactRepeat: null, CancellationToken.None);

        var found = await cache.GetAsync(asked, CancellationToken.None);

        var flips = Enumerable.Range(0, stored.Embedding.Length).Count(i => stored.Embedding.Span[i] >= 0 != asked.Embedding.Span[i] >= 0);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"similarity {AnswerCacheKey.Similarity(stored.Embedding.Span, asked.Embedding.Span):F3}, {flips} sign flips, same fingerprint: {stored.Fingerprint == asked.Fingerprint}, {(found is null ? "miss" : "hit")}: \"{question}\""));
        Assert.Equal(hit, found is not null);
    }
}
