using RagQa.Api.OpenApi;
using RagQa.Api.RateLimiting;

namespace RagQa.Api.Auth;

/// <summary>Puts access rules on routes together with the metadata and problem responses the OpenAPI document states for them.</summary>
public static class ApiKeyEndpointConventions
{
    /// <summary>Only callers whose valid, unrevoked <c>X-Api-Key</c> holds <paramref name="role"/> (or admin) get through (<see cref="ApiKeyPolicies"/>).</summary>
    public static TBuilder RequireApiKeyRole<TBuilder>(this TBuilder builder, string role) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(role)
            .WithMetadata(ApiKeyUse.Required, new RequiredApiKeyRole(role))
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status429TooManyRequests);

    /// <summary>
    /// A key is optional, but when sent it must be valid; the route is rate limited per key or else per address
    /// (<see cref="RateLimitFilter"/>) under <paramref name="route"/>'s counters.
    /// </summary>
    public static RouteHandlerBuilder RateLimitPerKeyOrAddress(this RouteHandlerBuilder builder, string route) =>
        builder.AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<RateLimitFilter>().InvokeAsync(route, context, next))
            .WithMetadata(ApiKeyUse.Optional)
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status429TooManyRequests);

    /// <summary>
    /// Only the query's asker: the key that asked, or an anonymous asker's <c>X-Query-Token</c> (agent and admin keys read
    /// any query). The handler checks it with <see cref="QueryAccessCheck"/>; a sent key must be valid.
    /// </summary>
    public static RouteHandlerBuilder ForQueryAsker(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(ApiKeyUse.Optional, new QueryTokenAccess());
}
