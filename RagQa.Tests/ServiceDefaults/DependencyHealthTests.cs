using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using RagQa.ServiceDefaults.Health;

namespace RagQa.Tests.ServiceDefaults;

/// <summary>
/// Readiness says whether this process can serve (issue #20, item 9): a failing dependency (Redis, Qdrant, RabbitMQ,
/// Postgres) degrades /health but keeps it 200, so one dependency's blip does not take every pod out of its Service
/// and block the workers' start; a failing readiness check (the api's migrations) still answers 503.
/// </summary>
public sealed class DependencyHealthTests
{
    [Fact]
    public async Task AFailingDependencyDegradesReadinessWithoutFailingIt()
    {
        var report = await CheckAsync(ready: HealthStatus.Healthy);

        Assert.Equal(HealthStatus.Degraded, report.Status);
        Assert.Equal(HealthStatus.Degraded, report.Entries["redis"].Status);
        Assert.Equal(HealthStatus.Degraded, report.Entries["qdrant"].Status);
        Assert.Equal(HealthStatus.Healthy, report.Entries["database-migrated"].Status);
        Assert.Equal(200, new HealthCheckOptions().ResultStatusCodes[report.Status]);
    }

    [Fact]
    public async Task AFailingReadinessCheckStillTakesThePodOut()
    {
        var report = await CheckAsync(ready: HealthStatus.Unhealthy);

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Equal(503, new HealthCheckOptions().ResultStatusCodes[report.Status]);
    }

    private static async Task<HealthReport> CheckAsync(HealthStatus ready)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddDefaultHealthChecks();
        builder.Services.AddHealthChecks()
            .AddCheck("redis", () => HealthCheckResult.Unhealthy("connection refused"))
            .AddCheck("qdrant", () => throw new HttpRequestException("no route to host"))
            .AddCheck("database-migrated", () => new HealthCheckResult(ready), [HealthTags.Ready]);
        using var host = builder.Build();
        return await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
    }
}
