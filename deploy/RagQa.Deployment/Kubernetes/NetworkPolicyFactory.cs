using k8s.Models;
using RagQa.Deployment.AspireModel;

namespace RagQa.Deployment.Kubernetes;

/// <summary>
/// NetworkPolicies that mirror the AppHost's references: nothing reaches a pod unless allowed (default deny,
/// DNS excepted), each project may connect to the containers it references and the projects it waits for, and each
/// container accepts only its referencing projects. What depends on the cluster (the ingress controller,
/// Prometheus, KEDA, the OpenTelemetry Collector, AI providers) is allowed in manifests/.
/// </summary>
public static class NetworkPolicyFactory
{
    public const string DefaultDenyName = "default-deny";
    public const string DnsName = "allow-dns";

    /// <summary>Every pod of the namespace: no traffic in or out unless another policy allows it.</summary>
    public static V1NetworkPolicy DefaultDeny() => Policy(DefaultDenyName, new V1LabelSelector(), ["Ingress", "Egress"]);

    /// <summary>Every pod may resolve names with the cluster DNS (kube-dns / CoreDNS in kube-system).</summary>
    public static V1NetworkPolicy Dns()
    {
        var policy = Policy(DnsName, new V1LabelSelector(), ["Egress"]);
        policy.Spec.Egress =
        [
            new V1NetworkPolicyEgressRule
            {
                To =
                [
                    new V1NetworkPolicyPeer
                    {
                        NamespaceSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = "kube-system" } },
                        PodSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["k8s-app"] = "kube-dns" } },
                    },
                ],
                Ports = [new V1NetworkPolicyPort { Protocol = "UDP", Port = 53 }, new V1NetworkPolicyPort { Protocol = "TCP", Port = 53 }],
            },
        ];
        return policy;
    }

    /// <summary>A project: in from the projects that wait for it, out to its containers and the projects it waits for.</summary>
    public static V1NetworkPolicy Project(ProjectWorkload workload, IReadOnlyList<ProjectWorkload> all, AspireManifest manifest)
    {
        var policy = Policy(workload.Name, RagQaLabels.Selector(workload.Name), ["Ingress", "Egress"]);
        var waiters = all.Where(w => w.Plan.WaitsFor.Contains(workload.Name)).Select(w => w.Name).ToList();
        policy.Spec.Ingress = waiters.Count == 0
            ? null
            : [new V1NetworkPolicyIngressRule { FromProperty = waiters.Select(Peer).ToList(), Ports = [Tcp(ClusterPorts.ProjectContainerPort)] }];
        policy.Spec.Egress = workload.Containers
            .Select(c => new V1NetworkPolicyEgressRule { To = [Peer(c)], Ports = ContainerPorts(manifest[c]) })
            .Concat(workload.Plan.WaitsFor.Select(d => new V1NetworkPolicyEgressRule { To = [Peer(d)], Ports = [Tcp(ClusterPorts.ProjectContainerPort)] }))
            .ToList();
        return policy;
    }

    /// <summary>A container (backing service): in from the projects that reference it, on its ports.</summary>
    public static V1NetworkPolicy Container(string name, AspireResource container, IReadOnlyList<ProjectWorkload> all)
    {
        var policy = Policy(name, RagQaLabels.Selector(name), ["Ingress"]);
        policy.Spec.Ingress =
        [
            new V1NetworkPolicyIngressRule
            {
                FromProperty = all.Where(w => w.Containers.Contains(name)).Select(w => Peer(w.Name)).ToList(),
                Ports = ContainerPorts(container),
            },
        ];
        return policy;
    }

    private static List<V1NetworkPolicyPort> ContainerPorts(AspireResource container) =>
        (container.Bindings ?? new Dictionary<string, AspireBinding>())
            .OrderBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => Tcp(ClusterPorts.ContainerPort(container, b.Value)))
            .ToList();

    private static V1NetworkPolicyPeer Peer(string service) => new() { PodSelector = new V1LabelSelector { MatchLabels = RagQaLabels.Selector(service) } };

    private static V1NetworkPolicyPort Tcp(int port) => new() { Protocol = "TCP", Port = port };

    private static V1NetworkPolicy Policy(string name, V1LabelSelector podSelector, List<string> types) => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "NetworkPolicy",
        Metadata = new V1ObjectMeta { Name = name, Labels = new Dictionary<string, string> { [RagQaLabels.PartOf] = RagQaLabels.System } },
        Spec = new V1NetworkPolicySpec { PodSelector = podSelector, PolicyTypes = types },
    };

    private static V1NetworkPolicy Policy(string name, Dictionary<string, string> labels, List<string> types) =>
        Policy(name, new V1LabelSelector { MatchLabels = labels }, types);
}
