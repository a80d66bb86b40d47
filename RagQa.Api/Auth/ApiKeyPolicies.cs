using Microsoft.AspNetCore.Authentication;
using RagQa.Core.Access;

namespace RagQa.Api.Auth;

/// <summary>One authorization policy per key role, named after it: the role itself or admin passes.</summary>
public static class ApiKeyPolicies
{
    public static void AddApiKeyAuthorization(this IServiceCollection services)
    {
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        var authorization = services.AddAuthorizationBuilder();
        foreach (var role in ApiRoles.All)
        {
            authorization.AddPolicy(role, policy => policy.RequireAuthenticatedUser().RequireRole(role, ApiRoles.Admin));
        }
    }
}
