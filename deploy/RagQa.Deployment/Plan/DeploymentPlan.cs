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
        new("api", 2, 3, null, new("250m", "1", "512Mi", "1Gi", "1Gi"), []),
        // Each query embeds the question with the local model and ranks candidates in memory.
        new("queryworker", 5, 20, "query", new("250m", "1", "768Mi", "1536Mi", "256Mi"), WaitForApi),
        // PDFs are parsed from a temporary copy; CSVs stream.
        new("ingestworker", 2, 5, "ingest", new("250m", "1", "512Mi", "1Gi", "2Gi"), WaitForApi),
        // Batches of 100 chunks through the embedding model: the CPU-heavy stage.
        new("embedworker", 3, 10, "embed", new("500m", "2", "1Gi", "2Gi", "256Mi"), WaitForApi),
    ];

    public static ServicePlan For(string service) =>
        Services.FirstOrDefault(s => s.Name == service)
            ?? throw new InvalidOperationException($"The deployment plan has no entry for the Aspire project '{service}'; add one to {nameof(DeploymentPlan)}.");
}
