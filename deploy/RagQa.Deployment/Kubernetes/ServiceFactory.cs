using k8s.Models;

namespace RagQa.Deployment.Kubernetes;

/// <summary>
/// The Service of one project, named like the Aspire resource so that in-cluster names match the manifest's
/// references. Every Service is ClusterIP: the api is reached from outside only through the Ingress (TLS, public
/// paths only; manifests/ingress), the workers only by probes and Prometheus.
/// </summary>
public static class ServiceFactory
{
    public static V1Service Create(ProjectWorkload workload) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = workload.ObjectMetadata(),
        Spec = new V1ServiceSpec
        {
            Type = "ClusterIP",
            Selector = RagQaLabels.Selector(workload.Name),
            Ports = workload.Bindings
                .Select(b => new V1ServicePort
                {
                    Name = b.Key,
                    Port = ClusterPorts.ServicePort(workload.Resource, b.Value),
                    TargetPort = b.Key,
                    Protocol = "TCP",
                })
                .ToList(),
        },
    };
}
