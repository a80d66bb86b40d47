using System.Globalization;
using k8s.Models;

namespace RagQa.Tests.Deployment;

/// <summary>
/// Nothing reaches a pod unless a NetworkPolicy allows it, and the allowed connections are the AppHost's references
/// (issue #20, item 7): each service to the backing services and services its configuration names, and nothing else
/// in the namespace; from outside only the ingress controller (to the api), Prometheus (to /metrics), KEDA (to
/// RabbitMQ); out of the namespace only DNS, the OpenTelemetry Collector and HTTPS.
/// </summary>
public sealed class NetworkPolicyTests
{
    private static readonly Dictionary<string, string> Anyone = new() { ["app"] = "anything" };
    private static readonly Dictionary<string, string> KubeDns = new() { ["k8s-app"] = "kube-dns" };

    public static TheoryData<string> Overlays() => new(DeploymentRepository.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryPodIsIsolatedByDefault(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);

        Assert.Contains(set.All<V1NetworkPolicy>(), p =>
            p.Spec.PodSelector.MatchLabels is null or { Count: 0 } && p.Spec.PodSelector.MatchExpressions is null or { Count: 0 }
            && p.Spec.PolicyTypes.Order().SequenceEqual(["Egress", "Ingress"]) && p.Spec.Ingress is null && p.Spec.Egress is null);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EachServiceReachesExactlyWhatItsConfigurationNames(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);
        var policies = NetworkPolicyEvaluator.Of(set);

        foreach (var deployment in set.All<V1Deployment>())
        {
            var pod = deployment.Spec.Template.Spec;
            var configuration = string.Join('\n', pod.Containers.Concat(pod.InitContainers ?? [])
                .SelectMany(c => (c.Env ?? []).Select(e => e.Value ?? "").Concat(c.Command ?? [])));
            var from = policies.InNamespace(deployment.Spec.Template.Metadata.Labels);
            foreach (var service in set.All<V1Service>().Where(s => s.Name() != deployment.Name()))
            {
                var (labels, ports) = Target(set, service);
                bool Named(V1ServicePort port) => configuration.Contains($"{service.Name()}:{port.Port}", StringComparison.Ordinal)
                    || configuration.Contains($"Host={service.Name()};Port={port.Port}", StringComparison.Ordinal);
                var used = service.Spec.Ports.Any(Named);
                foreach (var port in service.Spec.Ports)
                {
                    if (Named(port))
                    {
                        Assert.True(policies.Allows(from, policies.InNamespace(labels), ports[port.TargetPort.Value]),
                            $"{overlay}: {deployment.Name()} names {service.Name()}:{port.Port} but may not connect to it");
                    }
                    else if (!used)
                    {
                        Assert.False(policies.Allows(from, policies.InNamespace(labels), ports[port.TargetPort.Value]),
                            $"{overlay}: {deployment.Name()} may connect to {service.Name()}:{port.Port}, which it does not use");
                    }
                }
            }
            Assert.True(policies.Allows(from, new NetworkPolicyEvaluator.Pod("kube-system", KubeDns), 53, "UDP"), $"{deployment.Name()} cannot resolve names");
            Assert.True(policies.Allows(from, new NetworkPolicyEvaluator.Pod("observability", Anyone), 4317), $"{deployment.Name()} cannot export telemetry");
            Assert.True(policies.Allows(new NetworkPolicyEvaluator.Pod("monitoring", Anyone), from, 8080), $"Prometheus cannot scrape {deployment.Name()}");
            Assert.Equal(deployment.Name() == "api", policies.Allows(new NetworkPolicyEvaluator.Pod("ingress-nginx", Anyone), from, 8080));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void NoOtherPodReachesTheBackingServices(string overlay)
    {
        var set = ResourceSet.OfOverlay(overlay);
        var policies = NetworkPolicyEvaluator.Of(set);
        var strangers = new[] { new NetworkPolicyEvaluator.Pod("default", Anyone), policies.InNamespace(Anyone) };

        foreach (var statefulSet in set.All<V1StatefulSet>())
        {
            var to = policies.InNamespace(statefulSet.Spec.Template.Metadata.Labels);
            foreach (var port in statefulSet.Spec.Template.Spec.Containers.SelectMany(c => c.Ports))
            {
                var keda = overlay == "keda" && statefulSet.Name() == "rabbitmq" && port.ContainerPort == 5672;
                Assert.Equal(keda, policies.Allows(new NetworkPolicyEvaluator.Pod("keda", Anyone), to, port.ContainerPort));
                Assert.All(strangers, s => Assert.False(policies.Allows(s, to, port.ContainerPort), $"{s} reaches {statefulSet.Name()}:{port.ContainerPort}"));
            }
        }
    }

    /// <summary>The labels of the pods a Service selects, and their container ports by name.</summary>
    private static (IDictionary<string, string> Labels, Dictionary<string, int> Ports) Target(ResourceSet set, V1Service service)
    {
        var template = ResourceSet.Workload(set.Selected(service.Spec.Selector).Single()).Template;
        var ports = template.Spec.Containers.SelectMany(c => c.Ports ?? []).ToDictionary(p => p.Name, p => p.ContainerPort);
        foreach (var number in ports.Values.ToList())
        {
            ports[number.ToString(CultureInfo.InvariantCulture)] = number;
        }
        return (template.Metadata.Labels, ports);
    }
}
