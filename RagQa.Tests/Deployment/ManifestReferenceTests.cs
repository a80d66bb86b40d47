using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using k8s.Models;
using RagQa.Deployment.Generation;
using RagQa.Deployment.Kustomize;

namespace RagQa.Tests.Deployment;

/// <summary>
/// In each overlay's build (rendered by kubectl kustomize), every name points at something that exists: Service and
/// PodDisruptionBudget selectors at pods, ports at container ports, ConfigMap and Secret references at keys, scale
/// targets at Deployments, KEDA authentication at its TriggerAuthentication, init containers at Services; and the
/// autoscaling patches and image parameters take effect.
/// </summary>
public sealed partial class ManifestReferenceTests
{
    public static TheoryData<string> Overlays() => new(DeploymentRepository.Overlays);

    private static readonly V1Secret SecretTemplate = KubernetesDocumentReader
        .ReadFile(Path.Combine(DeploymentRepository.AspirateOutput, AspirateOutputGenerator.SecretTemplateFile))
        .Single().As<V1Secret>();

    [Fact]
    public void EveryFileAKustomizationNamesExists()
    {
        var kustomizations = new[] { DeploymentRepository.AspirateOutput, DeploymentRepository.Manifests }
            .SelectMany(d => Directory.EnumerateFiles(d, "kustomization.yaml", SearchOption.AllDirectories))
            .Select(Path.GetDirectoryName)
            .ToList();

        Assert.NotEmpty(kustomizations);
        foreach (var directory in kustomizations)
        {
            var kustomization = ReadKustomization(directory!);
            foreach (var entry in (kustomization.Resources ?? []).Concat(kustomization.Components ?? []))
            {
                var path = Path.Combine(directory!, entry);
                Assert.True(File.Exists(path) || File.Exists(Path.Combine(path, "kustomization.yaml")),
                    $"{DeploymentRepository.Relative(directory!)}/kustomization.yaml names '{entry}', which does not exist");
            }
            foreach (var entry in (kustomization.ConfigMapGenerator ?? []).SelectMany(g => g.Files ?? []))
            {
                var file = entry[(entry.IndexOf('=') + 1)..];
                Assert.True(File.Exists(Path.Combine(directory!, file)),
                    $"{DeploymentRepository.Relative(directory!)}/kustomization.yaml makes a ConfigMap of '{file}', which does not exist");
            }
        }
    }

    [Fact]
    public void EveryObjectFileIsPartOfAnOverlay()
    {
        var built = DeploymentRepository.Overlays.SelectMany(o => ResourceSet.OfOverlay(o).Documents).Select(d => (d.Kind, d.Name)).ToHashSet();
        var secretTemplate = Path.Combine(DeploymentRepository.AspirateOutput, AspirateOutputGenerator.SecretTemplateFile);

        var orphans = DeploymentRepository.ObjectFiles()
            .Where(f => f != secretTemplate)
            .SelectMany(KubernetesDocumentReader.ReadFile)
            .Where(d => !built.Contains((d.Kind, d.Name)))
            .Select(d => d.ToString());

        Assert.Empty(orphans);
    }

    [Fact]
    public void TheSecretTemplateHasNoValues()
    {
        Assert.NotEmpty(SecretTemplate.StringData);
        Assert.All(SecretTemplate.StringData, entry => Assert.Equal("", entry.Value));
        Assert.Null(SecretTemplate.Data);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ServicesSelectPodsThatServeTheirPorts(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);

        foreach (var service in set.All<V1Service>())
        {
            var selected = set.Selected(service.Spec.Selector).ToList();
            Assert.True(selected.Count == 1, $"Service {service.Name()} selects {selected.Count} workloads");
            var ports = ResourceSet.Workload(selected[0]).Template.Spec.Containers.SelectMany(c => c.Ports ?? []).Select(p => p.Name).ToHashSet();
            foreach (var port in service.Spec.Ports)
            {
                Assert.True(ports.Contains(port.TargetPort.Value), $"Service {service.Name()} targets port '{port.TargetPort.Value}', which {selected[0]} does not name");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void DisruptionBudgetsAndWorkloadSelectorsMatchTheirPods(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);

        foreach (var budget in set.All<V1PodDisruptionBudget>())
        {
            Assert.Single(set.Selected(budget.Spec.Selector.MatchLabels));
        }
        foreach (var (workload, template) in set.PodTemplates())
        {
            Assert.All(ResourceSet.Workload(workload).Selector.MatchLabels, label => Assert.Equal(label.Value, template.Metadata.Labels[label.Key]));
        }
        Assert.Equal(4, set.All<V1PodDisruptionBudget>().Count());
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ConfigMapAndSecretReferencesResolve(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);
        var configMaps = set.All<V1ConfigMap>().ToDictionary(c => c.Name(), c => c.Data);

        foreach (var (workload, template) in set.PodTemplates())
        {
            foreach (var container in template.Spec.Containers.Concat(template.Spec.InitContainers ?? []))
            {
                foreach (var source in container.EnvFrom ?? [])
                {
                    Assert.True(configMaps.ContainsKey(source.ConfigMapRef.Name), $"{workload} reads the missing ConfigMap {source.ConfigMapRef.Name}");
                }
                foreach (var variable in container.Env ?? [])
                {
                    if (variable.ValueFrom?.SecretKeyRef is { } secret)
                    {
                        AssertSecretKey(secret.Name, secret.Key, workload.ToString());
                    }
                    if (variable.ValueFrom?.ConfigMapKeyRef is { } key)
                    {
                        Assert.True(configMaps.TryGetValue(key.Name, out var data) && data.ContainsKey(key.Key), $"{workload} reads the missing {key.Name}/{key.Key}");
                    }
                }
            }
        }
        foreach (var authentication in set.OfKind("TriggerAuthentication"))
        {
            foreach (var reference in authentication.Json["spec"]!["secretTargetRef"]?.AsArray() ?? [])
            {
                AssertSecretKey((string)reference!["name"]!, (string)reference["key"]!, authentication.ToString());
            }
            foreach (var reference in authentication.Json["spec"]!["configMapTargetRef"]?.AsArray() ?? [])
            {
                Assert.True(configMaps.TryGetValue((string)reference!["name"]!, out var data) && data.ContainsKey((string)reference["key"]!),
                    $"{authentication} reads the missing {reference["name"]}/{reference["key"]}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ExpandedVariablesAreDefinedEarlierInTheSameContainer(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);
        var expansions = 0;

        foreach (var (workload, template) in set.PodTemplates())
        {
            foreach (var container in template.Spec.Containers)
            {
                var defined = new HashSet<string>();
                foreach (var variable in container.Env ?? [])
                {
                    foreach (Match reference in Expansion().Matches(variable.Value ?? ""))
                    {
                        expansions++;
                        Assert.True(defined.Contains(reference.Groups[1].Value),
                            $"{workload}: {variable.Name} expands $({reference.Groups[1].Value}), which is not defined before it");
                    }
                    defined.Add(variable.Name);
                }
            }
        }
        Assert.True(expansions > 0);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryDeploymentHasExactlyOneAutoscalerAndItsTargetExists(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);
        var targets = set.All<V2HorizontalPodAutoscaler>().Select(h => (h.Spec.ScaleTargetRef.Kind, h.Spec.ScaleTargetRef.Name))
            .Concat(set.OfKind("ScaledObject").Select(s => ((string?)s.Json["spec"]!["scaleTargetRef"]!["kind"] ?? "Deployment", (string)s.Json["spec"]!["scaleTargetRef"]!["name"]!)))
            .ToList();

        Assert.All(targets, t => Assert.NotNull(set.Find(t.Item1, t.Item2)));
        Assert.Equal(set.OfKind("Deployment").Select(d => d.Name).Order(), targets.Select(t => t.Item2).Order());
        foreach (var scaledObject in set.OfKind("ScaledObject"))
        {
            foreach (var trigger in scaledObject.Json["spec"]!["triggers"]!.AsArray())
            {
                if (trigger!["authenticationRef"] is JsonObject authentication)
                {
                    Assert.NotNull(set.Find((string?)authentication["kind"] ?? "TriggerAuthentication", (string)authentication["name"]!));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void TheAutoscalingPatchLeavesTheReplicaCountToTheAutoscaler(string overlay)
    {
        // kustomize fails a build whose patch removes a missing field, but a patch whose target selects nothing is
        // silently skipped: so check its effect. The generated Deployments have a count; the overlay's have none.
        var generated = ResourceSet.Of(DeploymentRepository.AspirateOutput).All<V1Deployment>().ToList();
        var built = ResourceSet.OfOverlay(overlay).All<V1Deployment>().ToList();

        Assert.NotEmpty(generated);
        Assert.All(generated, d => Assert.NotNull(d.Spec.Replicas));
        Assert.Equal(generated.Select(d => d.Name()).Order(), built.Select(d => d.Name()).Order());
        Assert.All(built, d => Assert.Null(d.Spec.Replicas));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void StatefulSetsHaveTheirGoverningServiceAndVolumes(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);

        Assert.Equal(4, set.All<V1StatefulSet>().Count());
        foreach (var statefulSet in set.All<V1StatefulSet>())
        {
            var service = set.Find("Service", statefulSet.Spec.ServiceName)?.As<V1Service>();
            Assert.Equal("None", service?.Spec.ClusterIP);
            var volumes = (statefulSet.Spec.Template.Spec.Volumes ?? []).Select(v => v.Name)
                .Concat(statefulSet.Spec.VolumeClaimTemplates.Select(c => c.Name()))
                .ToHashSet();
            Assert.All(statefulSet.Spec.Template.Spec.Containers.SelectMany(c => c.VolumeMounts ?? []), m => Assert.Contains(m.Name, volumes));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void InitContainersWaitForServicesOfTheBuild(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);
        var waits = 0;

        foreach (var (workload, template) in set.PodTemplates())
        {
            foreach (var init in (template.Spec.InitContainers ?? []).Where(c => c.Name.StartsWith("wait-for-", StringComparison.Ordinal)))
            {
                var url = WaitUrl().Match(string.Join(' ', init.Command));
                Assert.True(url.Success, $"{workload}: init container {init.Name} waits for no URL");
                var service = set.Find("Service", url.Groups[1].Value)?.As<V1Service>();
                Assert.True(service is not null, $"{workload} waits for the missing Service {url.Groups[1].Value}");
                Assert.Contains(service!.Spec.Ports, p => p.Port == int.Parse(url.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
                waits++;
            }
        }
        Assert.Equal(3, waits);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryObjectIsInTheNamespaceTheOverlayCreates(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);
        var ns = Assert.Single(set.OfKind("Namespace"));

        Assert.Equal("ragqa", ns.Name);
        Assert.All(set.Documents.Where(d => d != ns), d => Assert.True((string?)d.Json["metadata"]?["namespace"] == ns.Name, $"{d} is not in namespace {ns.Name}"));
    }

    private static Kustomization ReadKustomization(string directory) =>
        Kustomization.Parse(File.ReadAllText(Path.Combine(directory, "kustomization.yaml")));

    private static void AssertSecretKey(string name, string key, string user)
    {
        Assert.True(name == SecretTemplate.Name() && SecretTemplate.StringData.ContainsKey(key),
            $"{user} reads {name}/{key}, which the Secret template ({AspirateOutputGenerator.SecretTemplateFile}) does not have");
    }

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex Expansion();

    [GeneratedRegex(@"http://([a-z0-9-]+):([0-9]+)/")]
    private static partial Regex WaitUrl();
}
