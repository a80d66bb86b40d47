using System.Globalization;
using Microsoft.Extensions.Options;
using RagQa.Api.Auth;
using RagQa.Api.Problems;
using RagQa.Core.RateLimiting;

namespace RagQa.Api.RateLimiting;

/// <summary>
/// Rate limit of POST /query, counted in Redis across every API replica: per key when the request carries
/// <c>X-Api-Key</c> (which must then be valid: a wrong or revoked key is refused with 403 like on admin routes),
/// otherwise per client IP address. Over the limit: 429 <c>rate_limited</c> with <c>Retry-After</c> in seconds.
/// </summary>
public sealed class QueryRateLimitFilter(
    RedisRateLimiter limiter, ApiKeyAuthenticator authenticator, IOptions<RateLimitingOptions> options, ILogger<QueryRateLimitFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = options.Value;
        if (!settings.Enabled) return await next(context);

        var http = context.HttpContext;
        RateLimitDecision decision;
        string scope;
        if (http.Request.Headers.ContainsKey(ApiKeyAuthenticator.HeaderName))
        {
            if (await authenticator.AuthenticateAsync(http) is { } refused) return refused;
            var key = ApiKeyAuthenticator.KeyOf(http)!;
            scope = RedisRateLimiter.ScopeKey;
            decision = await limiter.AcquireAsync(scope, key.Id.ToString(), key.RateLimit ?? settings.PerKeyPermitLimit);
        }
        else
        {
            scope = RedisRateLimiter.ScopeIp;
            decision = await limiter.AcquireAsync(scope, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", settings.PerIpPermitLimit);
        }
        if (decision.Allowed) return await next(context);

        var retryAfter = decision.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.RetryAfter = retryAfter;
        logger.LogInformation("Rate limited POST /query ({Scope}): {Count} requests in the window, limit {Limit}", scope, decision.Count, decision.Limit);
        return ApiProblem.Create(StatusCodes.Status429TooManyRequests, ProblemCodes.RateLimited, "Too many requests.",
            $"At most {decision.Limit} questions per {settings.Window.TotalSeconds:0} s from this {(scope == RedisRateLimiter.ScopeKey ? "API key" : "address")}; retry after {retryAfter} s.");
    }
}
