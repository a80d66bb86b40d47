using System.Globalization;
using Microsoft.Extensions.Options;
using RagQa.Api.Auth;
using RagQa.Api.Problems;
using RagQa.Core.RateLimiting;

namespace RagQa.Api.RateLimiting;

/// <summary>
/// Rate limit of the open routes (POST /query, POST /search, POST /query/{id}/escalate), counted in Redis across every
/// API replica and per route: per key when the request carries <c>X-Api-Key</c> (which must then be valid: a wrong or
/// revoked key is refused as on key-only routes), otherwise per client IP address. Over the limit: 429
/// <c>rate_limited</c> with <c>Retry-After</c> in seconds.
/// </summary>
public sealed class RateLimitFilter(
    RedisRateLimiter limiter, ApiKeyAuthenticator authenticator, IOptions<RateLimitingOptions> options, ILogger<RateLimitFilter> logger)
{
    public async ValueTask<object?> InvokeAsync(string route, EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (await authenticator.RefuseInvalidSentKeyAsync(http) is { } refused) return refused;
        var settings = options.Value;
        if (!settings.Enabled) return await next(context);

        var key = ApiKeyAuthenticator.KeyOf(http);
        var scope = key is null ? RedisRateLimiter.ScopeIp : RedisRateLimiter.ScopeKey;
        var decision = key is null
            ? await limiter.AcquireAsync(route, scope, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", PerIpLimit(settings, route))
            : await limiter.AcquireAsync(route, scope, key.Id.ToString(), key.RateLimit ?? settings.PerKeyPermitLimit);
        if (decision.Allowed) return await next(context);

        var retryAfter = decision.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.RetryAfter = retryAfter;
        logger.LogInformation("Rate limited {Route} ({Scope}): {Count} requests in the window, limit {Limit}", route, scope, decision.Count, decision.Limit);
        return ApiProblem.Create(StatusCodes.Status429TooManyRequests, ProblemCodes.RateLimited, "Too many requests.",
            $"At most {decision.Limit} {route} requests per {settings.Window.TotalSeconds:0} s from this {(key is null ? "address" : "API key")}; retry after {retryAfter} s.");
    }

    private static int PerIpLimit(RateLimitingOptions settings, string route) => route switch
    {
        RateLimitRoutes.Search => settings.SearchPerIpPermitLimit,
        RateLimitRoutes.Escalate => settings.EscalatePerIpPermitLimit,
        _ => settings.PerIpPermitLimit,
    };
}
