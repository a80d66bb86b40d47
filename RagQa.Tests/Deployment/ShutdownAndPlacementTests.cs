using System.Globalization;
using k8s.Models;
using RagQa.Deployment.Kubernetes;
using RagQa.Deployment.Plan;

namespace RagQa.Tests.Deployment;

/// <summary>
/// A stopped pod finishes its in-flight work, replicas spread over nodes and zones, and the cluster prerequisites of the
/// autoscalers are checked before an apply (issue #20, item 10).
/// </summary>
public sealed class ShutdownAndPlacementTests
{
    private static readonly ResourceSet Generated = ResourceSet.Of(DeploymentRepository.AspirateOutput);

    public static TheoryData<string> Services() => new(DeploymentPlan.Services.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Services))]
    public void TheTerminationGraceCoversTheHostsShutdownTimeout(string service)
    {
        var plan = DeploymentPlan.For(service);
        var pod = Deployment(service).Spec.Template.Spec;
        var shutdown = int.Parse(pod.Containers.Single().Env.Single(e => e.Name == "DOTNET_shutdownTimeoutSeconds").Value, CultureInfo.InvariantCulture);

        Assert.Equal(plan.ShutdownSeconds, shutdown);
        Assert.True(pod.TerminationGracePeriodSeconds >= shutdown + DeploymentFactory.TerminationMarginSeconds,
            $"{service}: the kubelet kills the pod after {pod.TerminationGracePeriodSeconds ?? 30} s, before the host's {shutdown} s are up");
    }

    [Fact]
    public void AnIngestWorkerMayFinishALargeDocument()
    {
        // A large PDF takes minutes; the default 30 s would cut it off and the broker would redeliver it from the start.
        Assert.True(DeploymentPlan.For("ingestworker").ShutdownSeconds >= 300);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void ReplicasSpreadOverNodesAndZones(string service)
    {
        var deployment = Deployment(service);
        var constraints = deployment.Spec.Template.Spec.TopologySpreadConstraints ?? [];

        foreach (var key in new[] { "kubernetes.io/hostname", "topology.kubernetes.io/zone" })
        {
            var constraint = Assert.Single(constraints, c => c.TopologyKey == key);
            Assert.Equal(deployment.Spec.Selector.MatchLabels, constraint.LabelSelector.MatchLabels);
            Assert.Equal("ScheduleAnyway", constraint.WhenUnsatisfiable);
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ThePrerequisitesCheckCoversWhatTheOverlayNeeds(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);
        var script = File.ReadAllText(Path.Combine(DeploymentRepository.Root, "deploy", "cluster", "check-prerequisites.sh"));

        if (set.All<V2HorizontalPodAutoscaler>().Any(h => h.Spec.Metrics.Any(m => m.Type == "Resource")))
        {
            Assert.Contains("available v1beta1.metrics.k8s.io", script, StringComparison.Ordinal);
        }
        foreach (var ingress in set.All<V1Ingress>())
        {
            Assert.Contains($"kubectl get ingressclass {ingress.Spec.IngressClassName}", script, StringComparison.Ordinal);
        }
        foreach (var kind in set.Documents.Where(d => d.IsKeda).Select(d => d.Kind).Distinct())
        {
            Assert.Contains($"kubectl get crd {kind.ToLowerInvariant()}s.keda.sh", script, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> Overlays() => new(DeploymentRepository.Overlays);

    private static V1Deployment Deployment(string service) => Generated.Find("Deployment", service)!.As<V1Deployment>();
}
