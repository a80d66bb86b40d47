using System.Text.Json.Nodes;
using Json.Schema;

namespace RagQa.Tests.Deployment;

/// <summary>
/// KEDA's own CRDs (vendored in manifests/schemas/keda, v2.20.2): the <c>openAPIV3Schema</c> of each kind, validated with
/// JsonSchema.Net. The API server prunes fields a structural schema does not name, which would hide a typo, so
/// every object schema that lists its properties is closed here (<c>additionalProperties: false</c>) — strict
/// field validation, as for the core objects. The Kubernetes extensions (<c>x-kubernetes-*</c>) are dropped: JSON
/// Schema has no such keywords; the one CEL rule (minReplicaCount ≤ maxReplicaCount) is checked by
/// <see cref="DeploymentPlanTests"/>.
/// </summary>
public sealed class KedaSchemas
{
    private readonly Dictionary<string, JsonSchema> _byKind = [];

    public KedaSchemas(string crdDirectory)
    {
        foreach (var file in Directory.EnumerateFiles(crdDirectory, "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var crd in YamlJson.Documents(File.ReadAllText(file)).OfType<JsonObject>())
            {
                var kind = (string)crd["spec"]!["names"]!["kind"]!;
                var schema = crd["spec"]!["versions"]!.AsArray().Single()!["schema"]!["openAPIV3Schema"]!.DeepClone();
                StrictSchemas.Close(schema);
                _byKind[kind] = JsonSchema.FromText(
                    schema.ToJsonString(),
                    new BuildOptions { SchemaRegistry = new SchemaRegistry() },
                    new Uri($"https://keda.sh/schemas/{kind.ToLowerInvariant()}"));
            }
        }
    }

    public IReadOnlyCollection<string> Kinds => _byKind.Keys;

    /// <summary>The schema errors of the object, empty when it is valid (an unknown kind is an error too).</summary>
    public IReadOnlyList<string> Errors(JsonObject document)
    {
        var kind = (string?)document["kind"] ?? "";
        if (!_byKind.TryGetValue(kind, out var schema))
        {
            return [$"no KEDA CRD defines kind '{kind}'"];
        }
        return StrictSchemas.Errors(schema, document);
    }
}
