using Microsoft.Extensions.Diagnostics.HealthChecks;
using RagQa.Core.Data;

namespace RagQa.Api.Startup;

/// <summary>/health stays unhealthy until the migrations ran, so the workers (which WaitFor the API) never see an old schema.</summary>
public sealed class DatabaseReadinessCheck(DatabaseReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy("Schema is current.")
            : HealthCheckResult.Unhealthy("Database migrations have not completed yet."));
}
