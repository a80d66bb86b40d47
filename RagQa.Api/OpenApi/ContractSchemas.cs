using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using RagQa.Api.Model;
using RagQa.Core.Retrieval;

namespace RagQa.Api.OpenApi;

/// <summary>
/// Schemas as clients should read them, where the framework's inference from C# says more or less than the API means.
/// </summary>
public sealed class ContractSchemas : IOpenApiSchemaTransformer
{
    /// <summary>
    /// What a request body must carry. The framework makes every constructor parameter of a record required, but the
    /// optional ones are nullable and default server-side; a missing mandatory one is a 400 <c>validation_failed</c>.
    /// </summary>
    private static readonly Dictionary<Type, string[]> RequiredRequestFields = new()
    {
        [typeof(QueryRequest)] = ["question"],
        [typeof(SearchRequest)] = ["query"],
        [typeof(QueryFilters)] = [],
        [typeof(AssignRequest)] = ["assignee"],
        [typeof(ResolveRequest)] = ["resolution"],
        [typeof(CreateApiKeyRequest)] = ["name"],
        [typeof(DocumentUploadForm)] = ["file"],
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // The web JSON defaults also read numbers written as strings; the contract promises numbers only, so that
        // generated clients get int and double rather than a number-or-string.
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String) && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        if (RequiredRequestFields.TryGetValue(context.JsonTypeInfo.Type, out var required))
        {
            schema.Required = required.ToHashSet();
            foreach (var field in required)
            {
                // Mandatory means present and not null (a blank text is still refused, with the reason).
                if (schema.Properties?[field] is OpenApiSchema property && property.Type is { } fieldType) property.Type = fieldType & ~JsonSchemaType.Null;
            }
        }
        // A form's file inline as a binary string rather than a reference to an "IFormFile" schema, which client
        // generators do not all read as a file (NSwag then sends a FileParameter it never declares).
        if (context.JsonTypeInfo.Type == typeof(DocumentUploadForm) && schema.Properties is { } form)
        {
            form["file"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Format = "binary",
                Description = "The file, sent last: CSV or TSV, plain text, Markdown or PDF (told by its extension, else by its part's " +
                    "content type), up to Ingestion:MaxUploadBytes.",
            };
        }
        return Task.CompletedTask;
    }
}
