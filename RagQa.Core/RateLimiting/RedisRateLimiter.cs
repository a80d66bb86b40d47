using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RagQa.Core.RateLimiting;

/// <summary>
/// Fixed-window request counters in Redis, shared by every API replica: one atomic script increments a
/// client's counter, starts its window on the first request and returns the time left. IP addresses are
/// hashed before they become key names, so Redis holds no address.
/// </summary>
/// <remarks>
/// Fails open: when Redis cannot be reached the request is allowed, with a warning log and the
/// <c>ragqa.rate_limit.unavailable</c> counter. Refusing every question because a cache server is down would
/// turn a Redis outage into a full outage; the limit is abuse protection, not a security boundary.
/// </remarks>
public sealed class RedisRateLimiter
{
    public const string ScopeIp = "ip";
    public const string ScopeKey = "key";

    private const string Prefix = "ragqa:ratelimit:";

    /// <summary>KEYS: counter. ARGV: window in ms. Returns {count, ms left}.</summary>
    private const string CountScript =
        """
        local count = redis.call('INCR', KEYS[1])
        local left = redis.call('PTTL', KEYS[1])
        if left < 0 then
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            left = tonumber(ARGV[1])
        end
        return {count, left}
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly IOptions<RateLimitingOptions> _options;
    private readonly RateLimitMetrics _metrics;
    private readonly ILogger<RedisRateLimiter> _logger;

    public RedisRateLimiter(IConnectionMultiplexer redis, IOptions<RateLimitingOptions> options, IMeterFactory meterFactory, ILogger<RedisRateLimiter> logger)
    {
        _redis = redis;
        _options = options;
        _metrics = new RateLimitMetrics(meterFactory);
        _logger = logger;
    }

    /// <summary>Counts a request of <paramref name="scope"/> (<see cref="ScopeIp"/> or <see cref="ScopeKey"/>) from <paramref name="client"/>.</summary>
    public async Task<RateLimitDecision> AcquireAsync(string scope, string client, int limit)
    {
        var window = _options.Value.Window;
        try
        {
            var result = (RedisResult[])(await _redis.GetDatabase().ScriptEvaluateAsync(CountScript,
                [new RedisKey(CounterKey(scope, client))], [(long)window.TotalMilliseconds]))!;
            var decision = RateLimitDecision.For((long)result[0], limit, (long)result[1], window);
            if (!decision.Allowed) _metrics.Rejected(scope);
            return decision;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            _metrics.Unavailable(scope);
            _logger.LogWarning("Rate limit not checked ({Scope}): Redis unavailable ({Error}); allowing the request", scope, ex.GetType().Name);
            return RateLimitDecision.Unlimited(limit);
        }
    }

    /// <summary>The Redis key of a client's counter; IP addresses only as a hash.</summary>
    public static string CounterKey(string scope, string client) =>
        Prefix + scope + ":" + (scope == ScopeIp ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(client)))[..32] : client);
}
