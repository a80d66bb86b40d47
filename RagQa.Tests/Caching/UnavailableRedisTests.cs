using RagQa.Core.Caching;
using RagQa.Tests.Infrastructure;
using StackExchange.Redis;
using static RagQa.Tests.Caching.CacheTestSupport;

namespace RagQa.Tests.Caching;

/// <summary>Redis is down (nothing listens on the port): the cache degrades to misses instead of failing the query.</summary>
public sealed class UnavailableRedisTests : IAsyncLifetime
{
    private ConnectionMultiplexer _redis = null!;

    public async Task InitializeAsync() =>
        _redis = await ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions
        {
            EndPoints = { $"127.0.0.1:{LocalServers.FreePort()}" },
            AbortOnConnectFail = false,
            ConnectTimeout = 500,
            AsyncTimeout = 500,
        });

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task A_lookup_is_a_miss_and_a_store_is_skipped()
    {
        var cache = Cache(_redis);
        var documentId = Guid.NewGuid();
        var key = AnswerCacheKey.For("olist_reviews", null, 5, Model, Vector(0), [Chunk(documentId, "olist_reviews")]);

        Assert.Null(await cache.GetAsync(key, CancellationToken.None));
        Assert.False(await cache.SetAsync(key, Answer("resposta"), exactRepeat: null, CancellationToken.None));
    }

    [Fact]
    public async Task Invalidation_fails_loudly_so_a_delete_can_be_retried() =>
        await Assert.ThrowsAnyAsync<Exception>(() => Cache(_redis).InvalidateDocumentAsync(Guid.NewGuid(), CancellationToken.None));
}
