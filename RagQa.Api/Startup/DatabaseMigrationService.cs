using Microsoft.Extensions.Options;
using RagQa.Api.Auth;
using RagQa.Core.Access;
using RagQa.Core.Data;

namespace RagQa.Api.Startup;

/// <summary>
/// The API owns the schema: it applies pending migrations at start-up (the migrator's advisory lock keeps
/// replicas from racing), retrying while Postgres is still starting, stores the configured admin key's hash
/// (idempotent), then marks the database ready — so /health turns healthy only once that key works.
/// </summary>
public sealed class DatabaseMigrationService(
    DatabaseMigrator migrator,
    ApiKeyStore keys,
    IOptions<AdminApiKeyOptions> auth,
    DatabaseReadiness readiness,
    TimeProvider time,
    ILogger<DatabaseMigrationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(500);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var applied = await migrator.MigrateAsync(stoppingToken);
                logger.LogInformation("Database schema is current ({Applied} migrations applied now)", applied.Count);
                var seeded = await keys.SeedConfiguredAsync(AdminApiKeyOptions.ConfiguredKeyName, auth.Value.AdminApiKey, stoppingToken);
                logger.LogInformation("Configured admin API key {Outcome}", seeded ? "stored" : "already stored");
                readiness.MarkReady();
                return;
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
            {
                logger.LogWarning("Database not reachable yet, retrying in {Delay}: {Reason}", delay, ex.Message);
                await Task.Delay(delay, time, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }
}
