using k8s.Models;

namespace RagQa.Deployment.Kubernetes;

/// <summary>
/// The ConfigMap every service reads whole (<c>envFrom</c>): the settings all of them share, plus the OTLP
/// exporter's; add <c>Embeddings__*</c>, <c>Answers__*</c>, ... here to configure every service at once, as the
/// AppHost forwards them locally. And the Secret template: every secret parameter of the manifest and the service
/// credentials of <see cref="ClusterCredentials"/>, no values.
/// </summary>
public static class ConfigurationFactory
{
    public const string ConfigMapName = "ragqa-config";

    public static V1ConfigMap ConfigMap(IReadOnlyDictionary<string, string> shared, GeneratorOptions options)
    {
        var data = new SortedDictionary<string, string>(shared.ToDictionary(), StringComparer.Ordinal)
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = options.OtlpEndpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc",
        };
        return new V1ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new V1ObjectMeta { Name = ConfigMapName, Labels = SystemLabels() },
            Data = new Dictionary<string, string>(data),
        };
    }

    public static V1Secret SecretTemplate(IEnumerable<string> secretParameters) => new()
    {
        ApiVersion = "v1",
        Kind = "Secret",
        Metadata = new V1ObjectMeta { Name = SecretNames.SecretName, Labels = SystemLabels() },
        Type = "Opaque",
        StringData = secretParameters.Concat(ClusterCredentials.ServiceKeys).Distinct().Order(StringComparer.Ordinal).ToDictionary(p => p, _ => string.Empty),
    };

    private static Dictionary<string, string> SystemLabels() => new() { [RagQaLabels.PartOf] = RagQaLabels.System };
}
