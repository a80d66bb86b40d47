using System.Text.Json.Nodes;

namespace RagQa.Tests.Deployment;

/// <summary>
/// Every generated and hand-written manifest, and every object of each overlay as kubectl kustomize renders it, is a
/// valid object of its kind, with no unknown field: core objects parse strictly into the KubernetesClient models and
/// validate against the Kubernetes 1.32 API's own schemas, KEDA objects against KEDA's CRD schema.
/// </summary>
public sealed class ManifestValidationTests
{
    private static readonly KedaSchemas Keda = new(DeploymentRepository.KedaCrds);
    private static readonly KubernetesSchemas Kubernetes = new(DeploymentRepository.KubernetesSchemas);

    public static TheoryData<string> ObjectFiles() => new(DeploymentRepository.ObjectFiles().Select(DeploymentRepository.Relative));

    public static TheoryData<string> Overlays() => new(DeploymentRepository.Overlays);

    [Theory]
    [MemberData(nameof(ObjectFiles))]
    public void EveryObjectIsValidForItsKind(string file)
    {
        var documents = KubernetesDocumentReader.ReadFile(Path.Combine(DeploymentRepository.Root, file));

        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            Assert.False(string.IsNullOrEmpty(document.Name), $"{document} has no name");
            if (document.IsKeda)
            {
                Assert.Empty(Keda.Errors(document.Json));
            }
            else
            {
                Assert.NotNull(document.Model);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryObjectOfTheRenderedOverlayIsValidForItsKind(string overlay)
    {
        var documents = ResourceSet.OfOverlay(overlay).Documents;

        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            if (document.IsKeda)
            {
                Assert.Empty(Keda.Errors(document.Json));
            }
            else
            {
                // Parsed strictly while the build was read: a field kustomize added or left misplaced would have thrown.
                Assert.NotNull(document.Model);
                var errors = Kubernetes.Errors(document.Json);
                Assert.True(errors.Count == 0, $"{overlay}: {document}: {string.Join("; ", errors)}");
            }
        }
    }

    [Fact]
    public void TheKedaCrdsDefineScaledObjectAndTriggerAuthentication()
    {
        Assert.Equal(["ScaledObject", "TriggerAuthentication"], Keda.Kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheKubernetesSchemasDefineEveryKindTheOverlaysRender()
    {
        var rendered = DeploymentRepository.Overlays.SelectMany(o => ResourceSet.OfOverlay(o).Documents).Where(d => !d.IsKeda)
            .Select(d => (d.ApiVersion, d.Kind)).Distinct();

        Assert.All(rendered, kind => Assert.Contains(kind, Kubernetes.Kinds));
    }

    [Theory]
    [InlineData("spec/replicas", "two", "/spec/replicas")]
    [InlineData("spec/revisionHistoryLimits", "5", "/spec")]
    [InlineData("spec/template/spec/containers/0/ports/0/containerPort", "http", "/spec/template/spec/containers/0/ports/0/containerPort")]
    public void ACoreObjectTheApiServerWouldRefuseHasSchemaErrors(string path, string yamlValue, string location)
    {
        var document = ResourceSet.OfOverlay("hpa").Find("Deployment", "api")!;
        var json = (JsonObject)document.Json.DeepClone();
        var parent = (JsonObject)ResourceSet.At(json, path[..path.LastIndexOf('/')])!;
        var field = path[(path.LastIndexOf('/') + 1)..];
        parent[field] = YamlJson.Documents($"{field}: {yamlValue}").Single()![field]!.DeepClone();

        Assert.Empty(Kubernetes.Errors(document.Json));
        Assert.Contains(Kubernetes.Errors(json), e => e.StartsWith(location, StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownFieldInACoreObjectIsRejected()
    {
        var deployment = File.ReadAllText(Path.Combine(DeploymentRepository.AspirateOutput, "api", "deployment.yaml"));
        var misspelt = deployment.Replace("  revisionHistoryLimit:", "  revisionHistoryLimits:", StringComparison.Ordinal);
        Assert.NotEqual(deployment, misspelt);

        Assert.ThrowsAny<Exception>(() => KubernetesDocumentReader.Read(misspelt, "misspelt.yaml"));
    }

    [Fact]
    public void AnUnknownKindIsRejected()
    {
        const string yaml = "apiVersion: apps/v1\nkind: Deploymint\nmetadata:\n  name: api\n";

        Assert.ThrowsAny<Exception>(() => KubernetesDocumentReader.Read(yaml, "unknown-kind.yaml"));
    }

    [Theory]
    [InlineData("spec", "minReplicaCount", "five", "/spec/minReplicaCount")]
    [InlineData("spec", "minReplicaCounts", "5", "/spec")]
    [InlineData("spec/triggers/0/metadata", "value", "10", "/spec/triggers/0/metadata/value")]
    public void AScaledObjectThatKedaWouldRefuseHasSchemaErrors(string parent, string field, string yamlValue, string location)
    {
        var document = KubernetesDocumentReader.ReadFile(Path.Combine(DeploymentRepository.Manifests, "autoscaling", "keda", "queryworker-scaledobject.yaml")).Single();
        var json = (JsonObject)document.Json.DeepClone();
        var target = (JsonObject)ResourceSet.At(json, parent)!;
        // A plain YAML scalar: `five` is a string where an integer belongs, `10` a number where KEDA wants a string.
        target[field] = YamlJson.Documents($"{field}: {yamlValue}").Single()![field]!.DeepClone();

        var errors = Keda.Errors(json);

        Assert.Contains(errors, e => e.StartsWith(location, StringComparison.Ordinal));
    }
}
