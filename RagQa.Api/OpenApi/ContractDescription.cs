using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RagQa.Api.OpenApi;

/// <summary>
/// What the document says about the API as a whole: title, description, licence, contact, the server without a trailing
/// slash (clients append paths that start with one), and a description for every tag.
/// </summary>
public sealed class ContractDescription : IOpenApiDocumentTransformer
{
    public const string Repository = "https://github.com/ragqa/ragqa";

    /// <summary>The server of the committed document, which is generated at build without a request to take one from.</summary>
    public const string LocalServer = "http://localhost:5080";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Query"] = "Ask a question about a collection and get a grounded answer with numbered citations; poll a slow answer by its id.",
        ["Search"] = "Retrieval only: the ranked chunks of a collection for a text, without an answer.",
        ["Collections"] = "The knowledge-base collections with their document and chunk counts.",
        ["Documents"] = "Admin: upload files into a collection, follow their ingestion, list and delete them.",
        ["Escalations"] = "Hand an answer to a human: the asker opens an escalation; support agents (admin) list, assign and resolve them.",
        ["API keys"] = "Admin: create, list and revoke API keys.",
        ["Audit"] = "Admin: the audit trail of uploads, deletions, escalations, key changes and refused requests.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "RagQa API";
        document.Info.Description =
            "Grounded answers with citations about customer reviews and documents (mostly Brazilian Portuguese). " +
            "JSON is snake_case; every error is an RFC 7807 problem with a stable `code`. " +
            "Compatible changes only within v1 (docs/api.md#versioning).";
        document.Info.License = new OpenApiLicense { Name = "Proprietary: all rights reserved", Url = new Uri(Repository) };
        document.Info.Contact = new OpenApiContact { Name = "RagQa maintainers", Url = new Uri(Repository + "/issues") };

        var servers = document.Servers?.Where(s => s.Url is { Length: > 0 }).ToList() ?? [];
        foreach (var server in servers) server.Url = server.Url!.TrimEnd('/');
        document.Servers = servers.Count > 0 ? servers : [new OpenApiServer
        {
            Url = LocalServer,
            Description = "Local development (scripts/start.sh); a running API serves this document with its own address.",
        }];

        document.Tags = TagDescriptions.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }).ToHashSet();
        return Task.CompletedTask;
    }
}
