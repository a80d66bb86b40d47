using k8s.Models;

namespace RagQa.Tests.Deployment;

/// <summary>
/// Whether the NetworkPolicies of one namespace's build let a connection through, as the Kubernetes NetworkPolicy API
/// defines it: a pod selected by no policy of a direction is open in that direction; a selected pod accepts only what
/// some rule of a selecting policy allows (peers by pod and namespace labels, ports by number). Traffic must be allowed
/// on both ends: out of the source, into the destination.
/// </summary>
public sealed class NetworkPolicyEvaluator(IReadOnlyList<V1NetworkPolicy> policies, string ns)
{
    /// <summary>A pod: its namespace (by name) and labels.</summary>
    public sealed record Pod(string Namespace, IDictionary<string, string> Labels);

    public static NetworkPolicyEvaluator Of(ResourceSet set) =>
        new(set.All<V1NetworkPolicy>().ToList(), set.All<V1NetworkPolicy>().Select(p => p.Namespace()).Distinct().Single());

    public Pod InNamespace(IDictionary<string, string> labels) => new(ns, labels);

    public bool Allows(Pod from, Pod to, int port, string protocol = "TCP") =>
        AllowsEgress(from, to, port, protocol) && AllowsIngress(from, to, port, protocol);

    private bool AllowsEgress(Pod from, Pod to, int port, string protocol)
    {
        if (from.Namespace != ns)
        {
            return true;
        }
        var selecting = Selecting(from, "Egress").ToList();
        return selecting.Count == 0 || selecting.Any(p => (p.Spec.Egress ?? []).Any(r => Matches(r.To, to) && Matches(r.Ports, port, protocol)));
    }

    private bool AllowsIngress(Pod from, Pod to, int port, string protocol)
    {
        if (to.Namespace != ns)
        {
            return true;
        }
        var selecting = Selecting(to, "Ingress").ToList();
        return selecting.Count == 0 || selecting.Any(p => (p.Spec.Ingress ?? []).Any(r => Matches(r.FromProperty, from) && Matches(r.Ports, port, protocol)));
    }

    private IEnumerable<V1NetworkPolicy> Selecting(Pod pod, string type) =>
        policies.Where(p => (p.Spec.PolicyTypes ?? ["Ingress"]).Contains(type) && Selects(p.Spec.PodSelector, pod.Labels));

    /// <summary>No peers: everyone; otherwise any peer. A pod-only peer is in the policy's namespace.</summary>
    private bool Matches(IList<V1NetworkPolicyPeer>? peers, Pod pod) =>
        peers is null || peers.Count == 0 || peers.Any(peer => peer.IpBlock is null
            && (peer.NamespaceSelector is null
                ? pod.Namespace == ns
                : Selects(peer.NamespaceSelector, new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = pod.Namespace }))
            && (peer.PodSelector is null || Selects(peer.PodSelector, pod.Labels)));

    private static bool Matches(IList<V1NetworkPolicyPort>? ports, int port, string protocol) =>
        ports is null || ports.Count == 0 || ports.Any(p => (p.Protocol ?? "TCP") == protocol && (p.Port is null || p.Port.Value == port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static bool Selects(V1LabelSelector selector, IDictionary<string, string> labels) =>
        (selector.MatchLabels ?? new Dictionary<string, string>()).All(l => labels.TryGetValue(l.Key, out var v) && v == l.Value)
        && (selector.MatchExpressions ?? []).All(e => e.OperatorProperty switch
        {
            "In" => labels.TryGetValue(e.Key, out var v) && e.Values.Contains(v),
            "NotIn" => !labels.TryGetValue(e.Key, out var v) || !e.Values.Contains(v),
            "Exists" => labels.ContainsKey(e.Key),
            "DoesNotExist" => !labels.ContainsKey(e.Key),
            _ => throw new NotSupportedException(e.OperatorProperty),
        });
}
