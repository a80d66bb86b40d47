using RagQa.Api.OpenApi;
using RagQa.Api.RateLimiting;

namespace RagQa.Api.Auth;

/// <summary>Puts the API-key filters on routes together with the metadata and problem responses the OpenAPI document states for them.</summary>
public static class ApiKeyEndpointConventions
{
    /// <summary>Only callers with a valid, unrevoked <c>X-Api-Key</c> get through (<see cref="AdminApiKeyFilter"/>).</summary>
    public static TBuilder RequireAdminApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, AdminApiKeyFilter>()
            .WithMetadata(ApiKeyUse.Required)
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);

    /// <summary>
    /// The rate limit of POST /query (<see cref="QueryRateLimitFilter"/>): a key is optional, but when sent it must be valid.
    /// </summary>
    public static RouteHandlerBuilder RateLimitPerKeyOrAddress(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<QueryRateLimitFilter>()
            .WithMetadata(ApiKeyUse.Optional)
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status429TooManyRequests);
}
