namespace RagQa.Deployment.Plan;

/// <summary>
/// How one RagQa service runs in Kubernetes, beyond what the Aspire manifest says: its replica range (the
/// Deployment starts at <see cref="MinReplicas"/>; the autoscaling overlays in manifests/ scale up to
/// <see cref="MaxReplicas"/>), the queue whose depth scales it, its compute budget, and the services it waits for
/// (the AppHost's <c>WaitFor</c>, which the manifest does not carry).
/// </summary>
public sealed record ServicePlan(
    string Name,
    int MinReplicas,
    int MaxReplicas,
    string? QueueName,
    ComputeBudget Compute,
    IReadOnlyList<string> WaitsFor);

/// <summary>Requests and limits of the service's container, and the size of its writable /tmp.</summary>
public sealed record ComputeBudget(string CpuRequest, string CpuLimit, string MemoryRequest, string MemoryLimit, string TmpSize);
