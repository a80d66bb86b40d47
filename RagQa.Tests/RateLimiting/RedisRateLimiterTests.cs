using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RagQa.Core.RateLimiting;
using RagQa.Tests.Caching;
using RagQa.Tests.Infrastructure;
using StackExchange.Redis;

namespace RagQa.Tests.RateLimiting;

/// <summary>The rate limiter against the real Redis server, and against none.</summary>
[Collection(LocalServersCollection.Name)]
public sealed class RedisRateLimiterTests(LocalServers servers) : IAsyncLifetime
{
    private ConnectionMultiplexer _redis = null!;

    public async Task InitializeAsync() => _redis = await ConnectionMultiplexer.ConnectAsync(servers.RedisConnectionString);

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>The test's clock: windows open and close when the test advances it, not with the wall clock.</summary>
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    private RedisRateLimiter Limiter(IConnectionMultiplexer redis, TimeSpan window) =>
        new(redis, Options.Create(new RateLimitingOptions { Window = window }), _clock, CacheTestSupport.MeterFactory(), NullLogger<RedisRateLimiter>.Instance);

    [Fact]
    public async Task The_limit_holds_per_client_and_the_refusal_says_when_to_retry()
    {
        var limiter = Limiter(_redis, Minute);
        var client = Guid.NewGuid().ToString();

        var decisions = new List<RateLimitDecision>();
        for (var i = 0; i < 5; i++) decisions.Add(await limiter.AcquireAsync(RateLimitRoutes.Query, RedisRateLimiter.ScopeKey, client, 3));
        _clock.Advance(TimeSpan.FromSeconds(20));
        var later = await limiter.AcquireAsync(RateLimitRoutes.Query, RedisRateLimiter.ScopeKey, client, 3);

        Assert.Equal([true, true, true, false, false], decisions.Select(d => d.Allowed));
        Assert.Equal(60, decisions[3].RetryAfterSeconds);
        Assert.False(later.Allowed);
        Assert.Equal(40, later.RetryAfterSeconds);
        Assert.True((await limiter.AcquireAsync(RateLimitRoutes.Query, RedisRateLimiter.ScopeKey, Guid.NewGuid().ToString(), 3)).Allowed);
        // Redis forgets the counter once its window is over (measured on Redis's own clock, hence only a range).
        var expiry = await _redis.GetDatabase().KeyTimeToLiveAsync(RedisRateLimiter.CounterKey(RateLimitRoutes.Query, RedisRateLimiter.ScopeKey, client));
        Assert.InRange(expiry ?? TimeSpan.Zero, TimeSpan.FromTicks(1), Minute);
    }

    [Fact]
    public async Task Each_route_has_its_own_counters()
    {
        var limiter = Limiter(_redis, Minute);
        var client = Guid.NewGuid().ToString();

        var queries = new List<bool>();
        for (var i = 0; i < 3; i++) queries.Add((await limiter.AcquireAsync(RateLimitRoutes.Query, RedisRateLimiter.ScopeIp, client, 2)).Allowed);
        var search = await limiter.AcquireAsync(RateLimitRoutes.Search, RedisRateLimiter.ScopeIp, client, 2);

        Assert.Equal([true, true, false], queries);
        Assert.True(search.Allowed);
    }

    [Fact]
    public async Task Replicas_share_one_counter()
    {
        await using var second = await ConnectionMultiplexer.ConnectAsync(servers.RedisConnectionString);
        var (a, b) = (Limiter(_redis, Minute), Limiter(second, Minute));
        var client = Guid.NewGuid().ToString();

        var decisions = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? a : b).AcquireAsync(RateLimitRoutes.Query, RedisRateLimiter.ScopeKey, client, 10)));

        Assert.Equal(10, decisions.Count(d => d.Allowed));
    }

    [Fact]
    public async Task A_new_window_lets_the_client_in_again()
    {
        var limiter = Limiter(_redis, Minute);
        var client = Guid.NewGuid().ToString();
        await limiter.AcquireAsync(RateLimitRoutes.Query, RedisRateLimiter.ScopeKey, client, 1);
        var refused = await limiter.AcquireAsync(RateLimitRoutes.Query, RedisRateLimiter.ScopeKey, client, 1);
        Assert.False(refused.Allowed);
        Assert.Equal(60, refused.RetryAfterSeconds);

        _clock.Advance(Minute - TimeSpan.FromMilliseconds(1));
        var lastMoment = await limiter.AcquireAsync(RateLimitRoutes.Query, RedisRateLimiter.ScopeKey, client, 1);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var nextWindow = await limiter.AcquireAsync(RateLimitRoutes.Query, RedisRateLimiter.ScopeKey, client, 1);

        Assert.False(lastMoment.Allowed);
        Assert.Equal(1, lastMoment.RetryAfterSeconds);
        Assert.True(nextWindow.Allowed);
        Assert.Equal(60, nextWindow.RetryAfterSeconds);
    }

    [Fact]
    public async Task Ip_addresses_are_counted_under_a_hash_never_in_clear()
    {
        var limiter = Limiter(_redis, Minute);
        var address = $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}";

        await limiter.AcquireAsync(RateLimitRoutes.Query, RedisRateLimiter.ScopeIp, address, 10);

        var server = _redis.GetServer(_redis.GetEndPoints()[0]);
        var keys = server.Keys(pattern: "ragqa:ratelimit:*:ip:*").Select(k => k.ToString()).ToList();
        Assert.Contains(RedisRateLimiter.CounterKey(RateLimitRoutes.Query, RedisRateLimiter.ScopeIp, address), keys);
        Assert.DoesNotContain(keys, k => k.Contains(address, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_redis_requests_are_let_through()
    {
        await using var down = await ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions
        {
            EndPoints = { $"127.0.0.1:{LocalServers.FreePort()}" },
            AbortOnConnectFail = false,
            ConnectTimeout = 500,
            AsyncTimeout = 500,
        });
        var limiter = Limiter(down, Minute);

        var decisions = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => limiter.AcquireAsync(RateLimitRoutes.Query, RedisRateLimiter.ScopeIp, "127.0.0.1", 1)));

        Assert.All(decisions, d => Assert.True(d.Allowed));
    }
}
