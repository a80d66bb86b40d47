using System.Text.Json.Nodes;
using Json.Schema;

namespace RagQa.Tests.Deployment;

/// <summary>
/// The Kubernetes API's own schemas for the target version (vendored in manifests/schemas/kubernetes: the OpenAPI v2
/// definitions of Kubernetes 1.32), validated with JsonSchema.Net. As for <see cref="KedaSchemas"/>, every object
/// schema that lists its properties is closed (<c>additionalProperties: false</c>): strict field validation, as
/// <c>kubectl apply --validate=strict</c>. Two API types are wider on the wire than their OpenAPI type says and are
/// widened here the way the API server reads them: IntOrString (a port name or number) and Quantity (<c>cpu: 1</c>).
/// </summary>
public sealed class KubernetesSchemas
{
    private const string DefinitionsFile = "kubernetes-1.32-definitions.json";
    private const string IntOrString = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
    private const string Quantity = "io.k8s.apimachinery.pkg.api.resource.Quantity";

    private readonly Dictionary<(string ApiVersion, string Kind), JsonSchema> _byKind = [];

    public KubernetesSchemas(string directory)
    {
        var definitions = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(directory, DefinitionsFile)))!["definitions"]!;
        var kinds = definitions
            .SelectMany(d => (d.Value!["x-kubernetes-group-version-kind"]?.AsArray() ?? [])
                .Select(g => (ApiVersion: ApiVersion((string)g!["group"]!, (string)g["version"]!), Kind: (string)g["kind"]!, Definition: d.Key)))
            .ToList();
        definitions[IntOrString] = new JsonObject { ["anyOf"] = new JsonArray(Type("string"), Type("integer")) };
        definitions[Quantity] = new JsonObject { ["anyOf"] = new JsonArray(Type("string"), Type("number")) };
        var closed = StrictSchemas.Close(definitions.DeepClone())!.ToJsonString().Replace("#/definitions/", "#/$defs/", StringComparison.Ordinal);

        foreach (var (apiVersion, kind, definition) in kinds)
        {
            var schema = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$ref"] = $"#/$defs/{definition}",
                ["$defs"] = JsonNode.Parse(closed),
            };
            _byKind[(apiVersion, kind)] = JsonSchema.FromText(
                schema.ToJsonString(),
                new BuildOptions { SchemaRegistry = new SchemaRegistry() },
                new Uri($"https://kubernetes.io/schemas/1.32/{apiVersion}/{kind}".ToLowerInvariant()));
        }
    }

    public IReadOnlyCollection<(string ApiVersion, string Kind)> Kinds => _byKind.Keys;

    /// <summary>The schema errors of the object, empty when it is valid (a kind the schemas do not define is an error too).</summary>
    public IReadOnlyList<string> Errors(JsonObject document)
    {
        var key = ((string?)document["apiVersion"] ?? "", (string?)document["kind"] ?? "");
        if (!_byKind.TryGetValue(key, out var schema))
        {
            return [$"the Kubernetes 1.32 schemas define no {key.Item1} {key.Item2}"];
        }
        return StrictSchemas.Errors(schema, document);
    }

    private static string ApiVersion(string group, string version) => group.Length == 0 ? version : $"{group}/{version}";

    private static JsonObject Type(string type) => new() { ["type"] = type };
}
