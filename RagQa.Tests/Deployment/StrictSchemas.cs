using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace RagQa.Tests.Deployment;

/// <summary>
/// What <see cref="KubernetesSchemas"/> and <see cref="KedaSchemas"/> share: closing OpenAPI schemas to unknown fields
/// (the API server would prune them silently, hiding a typo) and listing an evaluation's errors.
/// </summary>
public static class StrictSchemas
{
    /// <summary>
    /// Every object schema that lists its properties gets <c>additionalProperties: false</c>, unless it keeps
    /// unknown fields on purpose; the Kubernetes extensions (<c>x-kubernetes-*</c>) are dropped, JSON Schema has none.
    /// </summary>
    public static JsonNode? Close(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject schema:
                if (schema["properties"] is JsonObject
                    && !schema.ContainsKey("additionalProperties")
                    && schema["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() != true)
                {
                    schema["additionalProperties"] = false;
                }
                foreach (var extension in schema.Select(p => p.Key).Where(k => k.StartsWith("x-kubernetes-", StringComparison.Ordinal)).ToList())
                {
                    schema.Remove(extension);
                }
                foreach (var child in schema.Select(p => p.Value).ToList())
                {
                    Close(child);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Close(item);
                }
                break;
        }
        return node;
    }

    /// <summary>The schema errors of the object, each as "instance location: keyword: message"; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonObject document)
    {
        using var instance = JsonDocument.Parse(document.ToJsonString());
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .ToList();
    }
}
