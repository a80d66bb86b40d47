using k8s.Models;
using RagQa.Deployment.Generation;
using RagQa.Deployment.Kustomize;

namespace RagQa.Tests.Deployment;

/// <summary>
/// A first <c>kubectl apply -k</c> finds everything it needs in the overlay (issue #20, items 4 and 5): the
/// Namespace, the Secret generated from the git-ignored env file, and images from one registry at one release tag,
/// set in one place.
/// </summary>
public sealed class ReleaseTests
{
    private static readonly string Release = Path.Combine(DeploymentRepository.Manifests, "release");

    public static TheoryData<string> Overlays() => new(DeploymentRepository.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void TheServicesRunOneReleaseFromOneRegistryNeverLatest(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);
        var images = set.All<V1Deployment>().Select(d => d.Spec.Template.Spec.Containers.Single().Image).ToList();
        var release = Kustomization.Parse(File.ReadAllText(Path.Combine(Release, "kustomization.yaml"))).Images!;

        Assert.Equal(4, images.Count);
        Assert.Equal(release.Select(i => $"{i.NewName}:{i.NewTag}").Order(StringComparer.Ordinal), images.Order(StringComparer.Ordinal));
        Assert.Single(release.Select(i => i.NewTag).Distinct());
        var names = release.Select(i => i.NewName ?? "").ToList();
        Assert.Single(names.Select(n => n[..n.LastIndexOf('/')]).Distinct());
        Assert.All(names, n => Assert.Contains('.', n[..n.IndexOf('/')]));
        foreach (var container in set.PodTemplates().SelectMany(t => t.Template.Spec.Containers.Concat(t.Template.Spec.InitContainers ?? [])))
        {
            var tag = container.Image[(container.Image.LastIndexOf('/') + 1)..].Split(':').ElementAtOrDefault(1);
            Assert.True(tag is not null and not "latest", $"{container.Name} runs {container.Image}: no fixed version");
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void TheOverlayCreatesItsNamespaceAndSecret(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);
        var template = KubernetesDocumentReader.ReadFile(Path.Combine(DeploymentRepository.AspirateOutput, AspirateOutputGenerator.SecretTemplateFile)).Single().As<V1Secret>();

        var ns = Assert.Single(set.All<V1Namespace>());
        var secret = Assert.Single(set.All<V1Secret>());
        Assert.Equal(ns.Name(), secret.Namespace());
        Assert.Equal(template.Name(), secret.Name());
        Assert.Equal(template.StringData.Keys.Order(StringComparer.Ordinal), secret.Data.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheSecretEnvFileIsIgnoredAndItsExampleHasNoValues()
    {
        var secrets = Path.GetDirectoryName(DeploymentRepository.SecretsEnvExample)!;
        var ignored = File.ReadAllLines(Path.Combine(secrets, ".gitignore"));
        var entries = File.ReadAllLines(DeploymentRepository.SecretsEnvExample).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.Contains(Path.GetFileNameWithoutExtension(DeploymentRepository.SecretsEnvExample), ignored);
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.EndsWith("=", e, StringComparison.Ordinal));
    }
}
