using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RagQa.Core.RateLimiting;

/// <summary>
/// Fixed-window request counters in Redis, shared by every API replica: one atomic script increments a
/// client's counter, starts its window on the first request and returns the time left. Time is the api's
/// <see cref="TimeProvider"/> (the window's start is stored with the count), so the window can be tested
/// without waiting; Redis expiry only removes counters of windows that are over. IP addresses are hashed
/// before they become key names, so Redis holds no address.
/// </summary>
/// <remarks>
/// Fails open: when Redis cannot be reached the request is allowed, with a warning log and the
/// <c>ragqa.rate_limit.unavailable</c> counter. Refusing every question because a cache server is down would
/// turn a Redis outage into a full outage; the limit is abuse protection, not a security boundary.
/// </remarks>
public sealed class RedisRateLimiter
{
    /// <summary>The <c>rate_limit</c> span (a source of its own: this folder sits below the query path's).</summary>
    private static readonly ActivitySource Tracing = new("RagQa.RateLimiting");

    public const string ScopeIp = "ip";
    public const string ScopeKey = "key";

    private const string Prefix = "ragqa:ratelimit:";

    /// <summary>KEYS: counter (a hash of window start and count). ARGV: now in Unix ms, window in ms. Returns {count, ms left}.</summary>
    private const string CountScript =
        """
        local now = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        local start = tonumber(redis.call('HGET', KEYS[1], 'start'))
        if not start or now >= start + window then
            start = now
            redis.call('HSET', KEYS[1], 'start', ARGV[1], 'count', 0)
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
        end
        local count = redis.call('HINCRBY', KEYS[1], 'count', 1)
        return {count, start + window - now}
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly IOptions<RateLimitingOptions> _options;
    private readonly TimeProvider _time;
    private readonly RateLimitMetrics _metrics;
    private readonly ILogger<RedisRateLimiter> _logger;

    public RedisRateLimiter(
        IConnectionMultiplexer redis, IOptions<RateLimitingOptions> options, TimeProvider time, IMeterFactory meterFactory, ILogger<RedisRateLimiter> logger)
    {
        _redis = redis;
        _options = options;
        _time = time;
        _metrics = new RateLimitMetrics(meterFactory);
        _logger = logger;
    }

    /// <summary>
    /// Counts a request to <paramref name="route"/> (<see cref="RateLimitRoutes"/>) of <paramref name="scope"/> (<see cref="ScopeIp"/>
    /// or <see cref="ScopeKey"/>) from <paramref name="client"/>.
    /// </summary>
    public async Task<RateLimitDecision> AcquireAsync(string route, string scope, string client, int limit)
    {
        var window = _options.Value.Window;
        using var span = Tracing.StartActivity("rate_limit");
        try
        {
            var result = (RedisResult[])(await _redis.GetDatabase().ScriptEvaluateAsync(CountScript,
                [new RedisKey(CounterKey(route, scope, client))], [_time.GetUtcNow().ToUnixTimeMilliseconds(), (long)window.TotalMilliseconds]))!;
            var decision = RateLimitDecision.For((long)result[0], limit, (long)result[1], window);
            if (!decision.Allowed) _metrics.Rejected(route, scope);
            return decision;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            _metrics.Unavailable(route, scope);
            _logger.LogWarning("Rate limit not checked ({Route}, {Scope}): Redis unavailable ({Error}); allowing the request", route, scope, ex.GetType().Name);
            return RateLimitDecision.Unlimited(limit);
        }
    }

    /// <summary>The Redis key of a client's counter; IP addresses only as a hash.</summary>
    public static string CounterKey(string route, string scope, string client) =>
        Prefix + route + ":" + scope + ":" + (scope == ScopeIp ? SourceHash(client) : client);

    /// <summary>An address as it may be stored (Redis key names, audit details): a truncated SHA-256.</summary>
    public static string SourceHash(string address) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address)))[..32];
}
