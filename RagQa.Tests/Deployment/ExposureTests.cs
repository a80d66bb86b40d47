using System.Net;
using System.Text.Json.Nodes;
using k8s.Models;
using RagQa.Deployment.Generation;

namespace RagQa.Tests.Deployment;

/// <summary>
/// The api is reached from outside only through the Ingress, over TLS, on the API's public paths; its Service is
/// ClusterIP; it trusts X-Forwarded-For from the ingress controller's network only (issue #20, item 6).
/// </summary>
public sealed class ExposureTests
{
    private static readonly string[] InternalPaths = ["/metrics", "/health", "/alive", "/scalar", "/openapi"];

    public static TheoryData<string> Overlays() => new(DeploymentRepository.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void NoServiceIsExposedOutsideTheClusterButThroughTheIngress(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);

        Assert.All(set.All<V1Service>(), s => Assert.True(s.Spec.Type is null or "ClusterIP", $"Service {s.Name()} is a {s.Spec.Type}"));
        var ingress = Assert.Single(set.All<V1Ingress>());
        var rule = Assert.Single(ingress.Spec.Rules);
        Assert.Contains(ingress.Spec.Tls, t => t.Hosts.Contains(rule.Host) && !string.IsNullOrEmpty(t.SecretName));
        Assert.Equal("true", ingress.Metadata.Annotations["nginx.ingress.kubernetes.io/ssl-redirect"]);
        Assert.All(rule.Http.Paths, p => Assert.Equal("api", p.Backend.Service.Name));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void TheIngressRoutesThePublicApiAndNothingElse(string overlay)
    {
        var paths = ResourceSet.OfOverlay(overlay).All<V1Ingress>().Single().Spec.Rules.Single().Http.Paths;
        var contract = JsonNode.Parse(File.ReadAllText(Path.Combine(DeploymentRepository.Root, "contracts", "openapi.json")))!["paths"]!.AsObject()
            .Select(p => p.Key).ToList();

        Assert.All(paths, p => Assert.Equal("Prefix", p.PathType));
        Assert.All(contract, path => Assert.True(Routed(paths, path), $"the public endpoint {path} is not routed"));
        Assert.All(InternalPaths, path => Assert.False(Routed(paths, path), $"{path} is routed to the internet"));
    }

    [Fact]
    public void TheApiTrustsForwardedHeadersFromTheIngressControllersNetworkOnly()
    {
        var set = ResourceSet.OfOverlay("keda");
        var config = set.Find("ConfigMap", "ragqa-config")!.As<V1ConfigMap>();
        var api = set.Find("Deployment", "api")!.As<V1Deployment>().Spec.Template.Spec.Containers.Single();

        Assert.DoesNotContain("ASPNETCORE_FORWARDEDHEADERS_ENABLED", config.Data.Keys);
        Assert.DoesNotContain(api.Env, e => e.Name == "ASPNETCORE_FORWARDEDHEADERS_ENABLED");
        var network = Assert.Single(api.Env, e => e.Name.StartsWith("ForwardedHeaders__KnownNetworks__", StringComparison.Ordinal));
        Assert.True(IPNetwork.TryParse(network.Value, out var parsed) && parsed.PrefixLength > 0, $"{network.Value} is not a network");
        Assert.Contains("ASPNETCORE_FORWARDEDHEADERS_ENABLED", AspirateOutputGenerator.UnsafeInCluster);
    }

    /// <summary>Kubernetes' Prefix match: by path element.</summary>
    private static bool Routed(IEnumerable<V1HTTPIngressPath> paths, string path) =>
        paths.Any(p => p.Path == "/" || path == p.Path || path.StartsWith(p.Path.TrimEnd('/') + "/", StringComparison.Ordinal));
}
