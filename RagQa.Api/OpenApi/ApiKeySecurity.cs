using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using RagQa.Api.Auth;
using RagQa.Core.Query;

namespace RagQa.Api.OpenApi;

/// <summary>
/// The <c>X-Api-Key</c> and <c>X-Query-Token</c> security schemes, and each operation's requirement as its route's
/// metadata says: the key for key-only routes (with the role it needs in <c>x-required-role</c>: role names in the
/// requirement itself are allowed by OpenAPI 3.1 but flagged by Spectral's 3.0-era rule), key or nothing for the open
/// routes that accept one, key or query token for the asker's own query (<see cref="QueryTokenAccess"/>), and an
/// explicit "nothing" elsewhere (so Scalar's "try it", client generators and gateways know, rather than guess, that the
/// route is public).
/// </summary>
public sealed class ApiKeySecurity : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemeName = "ApiKey";

    public const string QueryTokenSchemeName = "QueryToken";

    /// <summary>The operation extension naming the key role a key-only route needs (admin keys hold every role).</summary>
    public const string RoleExtension = "x-required-role";

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
                "Each key has roles: query (ask and search, and private collections that allow it), ingest (documents), " +
                "agent (escalations, any query) and admin (everything, alone manages keys, collection access and the audit trail).",
        };
        document.Components.SecuritySchemes[QueryTokenSchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = QueryOwner.TokenHeader,
            Description = "The access_token POST /query returns to an anonymous asker (in its body and this same header), shown once: " +
                "it lets that asker, and only it, read the query back and escalate it.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var use = metadata.OfType<ApiKeyUse>().Cast<ApiKeyUse?>().LastOrDefault();
        var role = metadata.OfType<RequiredApiKeyRole>().LastOrDefault()?.Role;
        var key = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] };
        if (role is not null)
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions[RoleExtension] = new JsonNodeExtension(JsonValue.Create(role));
        }
        // An empty requirement is OpenAPI's "no credentials needed".
        operation.Security = use switch
        {
            ApiKeyUse.Required => [key],
            ApiKeyUse.Optional when metadata.OfType<QueryTokenAccess>().Any() =>
                [key, new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(QueryTokenSchemeName, context.Document)] = [] }],
            ApiKeyUse.Optional => [new OpenApiSecurityRequirement(), key],
            _ => [new OpenApiSecurityRequirement()],
        };
        return Task.CompletedTask;
    }
}
