namespace RagQa.Deployment.Plan;

/// <summary>
/// The production plan: api 2–3 replicas (CPU), query workers 5–20 on <c>query</c> depth, ingest workers 2–5 on
/// <c>ingest</c>, embed workers 3–10 on <c>embed</c>. The workers wait for the api, which owns the schema.
/// </summary>
public static class DeploymentPlan
{
    private static readonly string[] WaitForApi = ["api"];

    public static IReadOnlyList<ServicePlan> Services { get; } =
    [
        new("api", 2, 3, null, new("250m", "1", "512Mi", "1Gi", "1Gi"), [], ShutdownSeconds: 30),
        // Each query embeds the question with the local model and ranks candidates in memory: seconds.
        new("queryworker", 5, 20, new("query", MessagesPerReplica: 10, Prefetch: 1), new("250m", "1", "768Mi", "1536Mi", "256Mi"), WaitForApi, ShutdownSeconds: 30),
        // PDFs are parsed from a temporary copy; CSVs stream. A large document takes minutes, and a stopped worker
        // should finish it rather than hand it back to start over.
        new("ingestworker", 2, 5, new("ingest", MessagesPerReplica: 2, Prefetch: 1), new("250m", "1", "512Mi", "1Gi", "2Gi"), WaitForApi, ShutdownSeconds: 300),
        // Batches of 100 chunks through the embedding model: the CPU-heavy stage.
        new("embedworker", 3, 10, new("embed", MessagesPerReplica: 20, Prefetch: 1), new("500m", "2", "1Gi", "2Gi", "256Mi"), WaitForApi, ShutdownSeconds: 60),
    ];

    public static ServicePlan For(string service) =>
        Services.FirstOrDefault(s => s.Name == service)
            ?? throw new InvalidOperationException($"The deployment plan has no entry for the Aspire project '{service}'; add one to {nameof(DeploymentPlan)}.");
}
