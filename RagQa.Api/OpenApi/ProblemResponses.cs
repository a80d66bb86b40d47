using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using RagQa.Api.Problems;

namespace RagQa.Api.OpenApi;

/// <summary>
/// RFC 7807 problems as clients branch on them: the problem schema gets the stable <c>code</c> as an enum of
/// <see cref="ProblemCodes"/>, and each problem response names the codes its status carries, with an example.
/// </summary>
public sealed class ProblemResponses : IOpenApiSchemaTransformer, IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(ProblemDetails)) return Task.CompletedTask;
        schema.Description = "An RFC 7807 problem. Clients branch on `code`, never on `title` (docs/api.md#errors).";
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The stable problem code; `type` links to its explanation.",
            Enum = ProblemCodes.ByStatus.Values.SelectMany(codes => codes).Select(code => (JsonNode)JsonValue.Create(code)).ToList(),
        };
        schema.Properties["trace_id"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "On internal_error only: the trace to look the failure up by in the logs and traces.",
        };
        schema.Required = new HashSet<string> { "type", "title", "status", "code" };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        // Any operation can fail unexpectedly; the exception handler answers with a problem then too.
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("500", new OpenApiResponse
        {
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemResponseConventions.ProblemJson] = new() { Schema = new OpenApiSchemaReference(nameof(ProblemDetails), context.Document) },
            },
        });
        foreach (var (key, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse concrete || response.Content?.TryGetValue(ProblemResponseConventions.ProblemJson, out var media) != true
                || !int.TryParse(key, out var status) || !ProblemCodes.ByStatus.TryGetValue(status, out var codes))
            {
                continue;
            }
            concrete.Description = "A problem with code " + string.Join(", ", codes.Select(c => $"`{c}`")) + ".";
            media!.Example = new JsonObject
            {
                ["type"] = ApiProblem.TypeUri(codes[0]),
                ["title"] = ReasonTitle(status),
                ["status"] = status,
                ["detail"] = "What went wrong, for a person to read.",
                ["code"] = codes[0],
            };
        }
        return Task.CompletedTask;
    }

    private static string ReasonTitle(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) + ".";
}
