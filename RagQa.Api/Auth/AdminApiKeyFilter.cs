namespace RagQa.Api.Auth;

/// <summary>Guards admin endpoints: only requests with a valid, unrevoked <c>X-Api-Key</c> get through (see <see cref="ApiKeyAuthenticator"/>).</summary>
public sealed class AdminApiKeyFilter(ApiKeyAuthenticator authenticator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await authenticator.AuthenticateAsync(context.HttpContext) ?? await next(context);
}
