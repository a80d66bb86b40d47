using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using RagQa.Api.Auth;

namespace RagQa.Api.OpenApi;

/// <summary>
/// The <c>X-Api-Key</c> security scheme, and each operation's requirement as its route's <see cref="ApiKeyUse"/> says:
/// the key for admin routes, key or nothing for POST /query, and an explicit "nothing" elsewhere (so Scalar's "try it",
/// client generators and gateways know, rather than guess, that the route is public).
/// </summary>
public sealed class ApiKeySecurity : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemeName = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticator.HeaderName,
            Description = "An API key: the configured admin key (Auth:AdminApiKey) or one created with POST /api-keys. " +
                "Every key is an admin key.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var use = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiKeyUse>().Cast<ApiKeyUse?>().LastOrDefault();
        var key = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] };
        // An empty requirement is OpenAPI's "no credentials needed".
        operation.Security = use switch
        {
            ApiKeyUse.Required => [key],
            ApiKeyUse.Optional => [new OpenApiSecurityRequirement(), key],
            _ => [new OpenApiSecurityRequirement()],
        };
        return Task.CompletedTask;
    }
}
