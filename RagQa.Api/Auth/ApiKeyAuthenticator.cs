using Microsoft.AspNetCore.Http.HttpResults;
using RagQa.Api.Problems;
using RagQa.Core.Access;
using RagQa.Core.Audit;

namespace RagQa.Api.Auth;

/// <summary>
/// Checks the <c>X-Api-Key</c> header against the stored keys: the admin filter and the rate limiter share it.
/// A failure is logged (method and route only), audited and answered with a problem: 401 without a key,
/// 403 with a wrong or revoked one. A valid key is remembered on the request for its audit actor.
/// </summary>
public sealed class ApiKeyAuthenticator(ApiKeyStore keys, IAuditTrail audit, ILogger<ApiKeyAuthenticator> logger)
{
    public const string HeaderName = "X-Api-Key";

    private static readonly object KeyItem = new();

    /// <returns>The problem to answer with, or null when the key is valid.</returns>
    public async Task<ProblemHttpResult?> AuthenticateAsync(HttpContext http)
    {
        var validation = await keys.ValidateAsync(http.Request.Headers[HeaderName].ToString(), http.RequestAborted);
        if (validation is { IsValid: true, Key: { } key })
        {
            http.Items[KeyItem] = key;
            return null;
        }

        var (status, code, title) = validation.Status switch
        {
            ApiKeyStatus.Missing => (StatusCodes.Status401Unauthorized, ProblemCodes.MissingApiKey, "An API key is required."),
            ApiKeyStatus.Revoked => (StatusCodes.Status403Forbidden, ProblemCodes.RevokedApiKey, "The API key has been revoked."),
            _ => (StatusCodes.Status403Forbidden, ProblemCodes.InvalidApiKey, "The API key is not valid."),
        };
        // The route's pattern, not the path: "/documents/{id:guid}" groups failures, and a group's root reads "/documents".
        var pattern = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        var route = pattern.Length > 1 ? pattern.TrimEnd('/') : pattern;
        logger.LogWarning("Refused {Method} {Route}: {ProblemCode}", http.Request.Method, route, code);
        await audit.RecordAsync(AuditActions.AuthFailed, validation.Key is { } revoked ? AuditActors.ApiKey(revoked.Id) : AuditActors.Anonymous,
            AuditSubject.Route(http.Request.Method, route), new Dictionary<string, string> { ["code"] = code }, cancellationToken: http.RequestAborted);
        return ApiProblem.Create(status, code, title, validation.Status == ApiKeyStatus.Missing ? $"Send an API key in the {HeaderName} header." : null);
    }

    /// <summary>The key that authenticated this request, if one did.</summary>
    public static ApiKey? KeyOf(HttpContext http) => http.Items.TryGetValue(KeyItem, out var key) ? key as ApiKey : null;

    /// <summary>The audit actor of this request: its key, else anonymous.</summary>
    public static string ActorOf(HttpContext http) => KeyOf(http) is { } key ? AuditActors.ApiKey(key.Id) : AuditActors.Anonymous;
}
