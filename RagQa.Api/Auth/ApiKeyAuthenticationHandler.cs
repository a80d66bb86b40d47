using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using RagQa.Core.Access;

namespace RagQa.Api.Auth;

/// <summary>
/// The <c>ApiKey</c> authentication scheme: a valid <c>X-Api-Key</c> becomes a user with one role claim per key role;
/// no header is no user (anonymous routes stay open). Challenges and refusals are answered with the problems of
/// <see cref="ApiKeyAuthenticator"/>, so a route's policy (<see cref="ApiKeyPolicies"/>) decides and the answer stays the same.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyAuthenticator authenticator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.ContainsKey(ApiKeyAuthenticator.HeaderName)) return AuthenticateResult.NoResult();
        var validation = await authenticator.ValidateAsync(Context);
        if (validation is not { IsValid: true, Key: { } key }) return AuthenticateResult.Fail(validation.Status.ToString());
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, key.Id.ToString()) };
        claims.AddRange(key.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties) =>
        await (await authenticator.RefuseAsync(Context)).ExecuteAsync(Context);

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var role = Context.GetEndpoint()?.Metadata.GetMetadata<RequiredApiKeyRole>()?.Role ?? ApiRoles.Admin;
        await (await authenticator.RefuseRoleAsync(Context, role)).ExecuteAsync(Context);
    }
}
