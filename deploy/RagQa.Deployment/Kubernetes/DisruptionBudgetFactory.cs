using k8s.Models;

namespace RagQa.Deployment.Kubernetes;

/// <summary>
/// One pod of a service at a time may be evicted by a node drain: the api keeps serving from its other
/// replica, and a worker's unacknowledged messages go back to the queue for the others.
/// </summary>
public static class DisruptionBudgetFactory
{
    public static V1PodDisruptionBudget Create(ProjectWorkload workload) => new()
    {
        ApiVersion = "policy/v1",
        Kind = "PodDisruptionBudget",
        Metadata = workload.ObjectMetadata(),
        Spec = new V1PodDisruptionBudgetSpec
        {
            MaxUnavailable = 1,
            Selector = new V1LabelSelector { MatchLabels = RagQaLabels.Selector(workload.Name) },
        },
    };
}
