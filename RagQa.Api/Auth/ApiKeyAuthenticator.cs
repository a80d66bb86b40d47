using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RagQa.Api.Problems;
using RagQa.Core.Access;
using RagQa.Core.Audit;
using RagQa.Core.RateLimiting;

namespace RagQa.Api.Auth;

/// <summary>
/// Checks the <c>X-Api-Key</c> header against the stored keys, once per request (the authentication handler and the
/// rate-limit filter share the outcome). A refusal is logged (method and route only) and answered with a problem:
/// 401 without a key, 403 with a wrong or revoked one, 429 once an address has failed too often in a rate-limit window.
/// Failures are audited once per source address and window (the first one, and the one that reaches the limit, with
/// the count), not once per request: a key-guessing client cannot flood the audit trail.
/// </summary>
public sealed class ApiKeyAuthenticator(
    ApiKeyStore keys, IAuditTrail audit, RedisRateLimiter limiter, IOptions<RateLimitingOptions> options, ILogger<ApiKeyAuthenticator> logger)
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>The <c>authenticate_key</c> span: the key looked up (and its use recorded) in Postgres, once per request.</summary>
    private static readonly ActivitySource Tracing = new("RagQa.Api.Auth");

    private static readonly object ValidationItem = new();

    /// <summary>The outcome for this request's key, checked against Postgres on the first call only.</summary>
    public async Task<ApiKeyValidation> ValidateAsync(HttpContext http)
    {
        if (http.Items.TryGetValue(ValidationItem, out var known) && known is ApiKeyValidation cached) return cached;
        using var span = Tracing.StartActivity("authenticate_key");
        var validation = await keys.ValidateAsync(http.Request.Headers[HeaderName].ToString(), http.RequestAborted);
        span?.SetTag("ragqa.key_status", validation.Status.ToString());
        http.Items[ValidationItem] = validation;
        return validation;
    }

    /// <summary>The problem for a request whose key was missing or not valid; counts and audits the failure.</summary>
    public async Task<ProblemHttpResult> RefuseAsync(HttpContext http)
    {
        var validation = await ValidateAsync(http);
        var (status, code, title) = validation.Status switch
        {
            ApiKeyStatus.Missing => (StatusCodes.Status401Unauthorized, ProblemCodes.MissingApiKey, "An API key is required."),
            ApiKeyStatus.Revoked => (StatusCodes.Status403Forbidden, ProblemCodes.RevokedApiKey, "The API key has been revoked."),
            _ => (StatusCodes.Status403Forbidden, ProblemCodes.InvalidApiKey, "The API key is not valid."),
        };
        var route = RouteOf(http);
        logger.LogWarning("Refused {Method} {Route}: {ProblemCode}", http.Request.Method, route, code);

        var settings = options.Value;
        var source = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var failures = settings.Enabled
            ? await limiter.AcquireAsync(RateLimitRoutes.AuthFailure, RedisRateLimiter.ScopeIp, source, settings.AuthFailurePerIpLimit)
            : RateLimitDecision.Unlimited(settings.AuthFailurePerIpLimit);
        if (AuthFailureAudit.ShouldRecord(failures))
        {
            await audit.RecordAsync(AuditActions.AuthFailed, validation.Key is { } revoked ? AuditActors.ApiKey(revoked.Id) : AuditActors.Anonymous,
                AuditSubject.Route(http.Request.Method, route), AuthFailureAudit.Details(code, failures, settings.Window, RedisRateLimiter.SourceHash(source)),
                cancellationToken: http.RequestAborted);
        }
        if (!failures.Allowed)
        {
            http.Response.Headers.RetryAfter = failures.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return ApiProblem.Create(StatusCodes.Status429TooManyRequests, ProblemCodes.RateLimited, "Too many failed authentications.",
                $"At most {failures.Limit} requests with a missing or wrong key per {settings.Window.TotalSeconds:0} s from this address; retry after {failures.RetryAfterSeconds} s.");
        }
        return ApiProblem.Create(status, code, title, validation.Status == ApiKeyStatus.Missing ? $"Send an API key in the {HeaderName} header." : null);
    }

    /// <summary>On routes where a key is optional: the refusal when one was sent but is not valid (no silent downgrade to anonymous), else null.</summary>
    public async Task<ProblemHttpResult?> RefuseInvalidSentKeyAsync(HttpContext http) =>
        http.Request.Headers.ContainsKey(HeaderName) && !(await ValidateAsync(http)).IsValid ? await RefuseAsync(http) : null;

    /// <summary>The problem for a valid key that lacks the role a route needs (audited like any refusal, without counting against the address).</summary>
    public async Task<ProblemHttpResult> RefuseRoleAsync(HttpContext http, string role)
    {
        var route = RouteOf(http);
        logger.LogWarning("Refused {Method} {Route}: {ProblemCode}", http.Request.Method, route, ProblemCodes.InsufficientRole);
        await audit.RecordAsync(AuditActions.AuthFailed, ActorOf(http), AuditSubject.Route(http.Request.Method, route),
            new Dictionary<string, string> { ["code"] = ProblemCodes.InsufficientRole, ["required_role"] = role }, cancellationToken: http.RequestAborted);
        return ApiProblem.Create(StatusCodes.Status403Forbidden, ProblemCodes.InsufficientRole, "The API key does not have the role this route needs.",
            $"This route needs a key with the role '{role}' (or admin).");
    }

    /// <summary>The key that authenticated this request, if one did.</summary>
    public static ApiKey? KeyOf(HttpContext http) =>
        http.Items.TryGetValue(ValidationItem, out var known) && known is ApiKeyValidation { IsValid: true, Key: { } key } ? key : null;

    /// <summary>Who sends this request, for access decisions.</summary>
    public static AccessCaller CallerOf(HttpContext http) => KeyOf(http) is { } key ? AccessCaller.Of(key) : AccessCaller.Anonymous;

    /// <summary>The audit actor of this request: its key, else anonymous.</summary>
    public static string ActorOf(HttpContext http) => KeyOf(http) is { } key ? AuditActors.ApiKey(key.Id) : AuditActors.Anonymous;

    /// <summary>The route's pattern, not the path: "/documents/{id:guid}" groups failures, and a group's root reads "/documents".</summary>
    private static string RouteOf(HttpContext http)
    {
        var pattern = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        return pattern.Length > 1 ? pattern.TrimEnd('/') : pattern;
    }
}
