using Microsoft.Extensions.Diagnostics.HealthChecks;
using Qdrant.Client;

namespace RagQa.Core.VectorStore;

/// <summary>Readiness of Qdrant: its gRPC health call answers.</summary>
public sealed class QdrantHealthCheck(QdrantClient client) : IHealthCheck
{
    public const string Name = "qdrant";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var reply = await client.HealthAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Qdrant {reply.Version}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Qdrant did not answer its health call.", ex);
        }
    }
}
