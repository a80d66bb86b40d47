using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RagQa.Api.OpenApi;

/// <summary>An example body for each operation that takes JSON, so Scalar's "try it" starts from a request that works.</summary>
public sealed class RequestExamples : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, Func<JsonObject>> Examples = new()
    {
        ["AskQuestion"] = () => new JsonObject { ["question"] = "Quais são as principais reclamações sobre atraso na entrega?", ["top_k"] = 5 },
        ["SearchChunks"] = () => new JsonObject
        {
            ["query"] = "produto chegou quebrado",
            ["collection"] = "olist_reviews",
            ["filters"] = new JsonObject { ["min_score"] = 1, ["max_score"] = 2 },
            ["top_k"] = 10,
            ["mode"] = "hybrid",
        },
        ["AssignEscalation"] = () => new JsonObject { ["assignee"] = "agent-17" },
        ["ResolveEscalation"] = () => new JsonObject { ["resolution"] = "Refund issued; the order was delivered damaged." },
        ["CreateApiKey"] = () => new JsonObject { ["name"] = "support dashboard", ["rate_limit"] = 600 },
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is { } id && Examples.TryGetValue(id, out var example)
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true)
        {
            media.Example = example();
        }
        return Task.CompletedTask;
    }
}
