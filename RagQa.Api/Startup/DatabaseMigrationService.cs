using Microsoft.Extensions.Options;
using RagQa.Api.Auth;
using RagQa.Core.Access;
using RagQa.Core.Data;

namespace RagQa.Api.Startup;

/// <summary>
/// The API owns the schema: it applies pending migrations at start-up (the migrator's advisory lock keeps
/// replicas from racing), retrying while Postgres is still starting (<see cref="DatabaseStartupRetry"/>), stores
/// the configured admin key's hash (idempotent), then marks the database ready — so /health turns healthy only
/// once that key works.
/// </summary>
public sealed class DatabaseMigrationService(
    DatabaseMigrator migrator,
    ApiKeyStore keys,
    IOptions<AdminApiKeyOptions> auth,
    DatabaseReadiness readiness,
    TimeProvider time,
    ILogger<DatabaseMigrationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken) =>
        await DatabaseStartupRetry.Create(time, logger).ExecuteAsync(async token =>
        {
            var applied = await migrator.MigrateAsync(token);
            logger.LogInformation("Database schema is current ({Applied} migrations applied now)", applied.Count);
            var seeded = await keys.SeedConfiguredAsync(AdminApiKeyOptions.ConfiguredKeyName, auth.Value.AdminApiKey, auth.Value.RevokeKeysOfRotatedKey, token);
            logger.LogInformation("Configured admin API key {Outcome}", seeded ? "stored" : "already stored");
            readiness.MarkReady();
        }, stoppingToken);
}
