using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RagQa.ServiceDefaults.Health;

/// <summary>
/// Turns every dependency check (one tagged neither <see cref="HealthTags.Live"/> nor <see cref="HealthTags.Ready"/>)
/// into one that reports Degraded where it would report Unhealthy, throw or time out.
/// </summary>
public static class DependencyChecksDegrade
{
    public static void Apply(HealthCheckServiceOptions options)
    {
        foreach (var registration in options.Registrations.Where(IsDependency))
        {
            var inner = registration.Factory;
            // Exceptions and timeouts are reported with the registration's failure status.
            registration.FailureStatus = HealthStatus.Degraded;
            registration.Factory = services => new DegradedWhenUnhealthy(inner(services));
        }
    }

    public static bool IsDependency(HealthCheckRegistration registration) =>
        !registration.Tags.Contains(HealthTags.Live) && !registration.Tags.Contains(HealthTags.Ready);

    private sealed class DegradedWhenUnhealthy(IHealthCheck inner) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var result = await inner.CheckHealthAsync(context, cancellationToken);
            return result.Status == HealthStatus.Unhealthy
                ? new HealthCheckResult(HealthStatus.Degraded, result.Description, result.Exception, result.Data)
                : result;
        }
    }
}
