using k8s.Models;

namespace RagQa.Tests.Deployment;

/// <summary>
/// Every pod of both overlays meets the "restricted" Pod Security Standard (v1.32) that the namespace enforces — the
/// API server would reject any other (issue #20, item 8: Qdrant ran as root).
/// </summary>
public sealed class PodSecurityTests
{
    public static TheoryData<string> Overlays() => new(DeploymentRepository.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryPodMeetsTheRestrictedStandard(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);

        foreach (var (workload, template) in set.PodTemplates())
        {
            var pod = template.Spec;
            Assert.True(pod.HostNetwork != true && pod.HostPID != true && pod.HostIPC != true, $"{workload} shares a host namespace");
            Assert.All(pod.Volumes ?? [], v => Assert.Null(v.HostPath));
            foreach (var container in pod.Containers.Concat(pod.InitContainers ?? []))
            {
                var context = container.SecurityContext;
                var where = $"{workload}, container {container.Name}";
                Assert.True(context?.AllowPrivilegeEscalation == false, $"{where} may escalate privileges");
                Assert.True(context?.Privileged != true, $"{where} is privileged");
                Assert.True(context?.Capabilities?.Drop?.Contains("ALL") == true, $"{where} keeps its capabilities");
                Assert.All(context?.Capabilities?.Add ?? [], c => Assert.Equal("NET_BIND_SERVICE", c));
                Assert.True((context?.RunAsNonRoot ?? pod.SecurityContext?.RunAsNonRoot) == true, $"{where} may run as root");
                Assert.True((context?.RunAsUser ?? pod.SecurityContext?.RunAsUser) is null or > 0, $"{where} runs as UID 0");
                var seccomp = context?.SeccompProfile?.Type ?? pod.SecurityContext?.SeccompProfile?.Type;
                Assert.True(seccomp is "RuntimeDefault" or "Localhost", $"{where} has no seccomp profile");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void TheNamespaceEnforcesTheRestrictedStandard(string overlay)
    {
        var ns = Assert.Single(ResourceSet.OfOverlay(overlay).All<V1Namespace>());

        Assert.Equal("restricted", ns.Metadata.Labels["pod-security.kubernetes.io/enforce"]);
    }
}
