namespace RagQa.Deployment.Plan;

/// <summary>
/// How one RagQa service runs in Kubernetes, beyond what the Aspire manifest says: its replica range (the
/// Deployment starts at <see cref="MinReplicas"/>; the autoscaling overlays in manifests/ scale up to
/// <see cref="MaxReplicas"/>), the queue it consumes and scales on, its compute budget, the services it waits for
/// (the AppHost's <c>WaitFor</c>, which the manifest does not carry), and how long its in-flight work may take to
/// finish when the pod is stopped.
/// </summary>
public sealed record ServicePlan(
    string Name,
    int MinReplicas,
    int MaxReplicas,
    QueuePlan? Queue,
    ComputeBudget Compute,
    IReadOnlyList<string> WaitsFor,
    int ShutdownSeconds)
{
    public string? QueueName => Queue?.Name;

    /// <summary>The api runs the schema migrations, so only it gets the owner role's connection string.</summary>
    public bool OwnsSchema => Name == "api";
}

/// <summary>Requests and limits of the service's container, and the size of its writable /tmp.</summary>
public sealed record ComputeBudget(string CpuRequest, string CpuLimit, string MemoryRequest, string MemoryLimit, string TmpSize);
