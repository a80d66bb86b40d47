using Microsoft.Extensions.Options;
using Npgsql;
using RagQa.Api.Auth;
using RagQa.Core.Access;
using RagQa.Core.Data;

namespace RagQa.Api.Startup;

/// <summary>
/// The API owns the schema: it applies pending migrations at start-up as the owner role (the migrator's advisory
/// lock keeps replicas from racing) and grants the application role DML on it (<see cref="OwnerConnection"/>), retrying while Postgres is still starting (<see cref="DatabaseStartupRetry"/>), stores
/// the configured admin key's hash (idempotent), then marks the database ready — so /health turns healthy only
/// once that key works.
/// </summary>
public sealed class DatabaseMigrationService(
    DatabaseMigrator migrator,
    NpgsqlDataSource dataSource,
    IConfiguration configuration,
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
            if (OwnerConnection.ApplicationRole(configuration) is { Length: > 0 } role)
            {
                await migrator.GrantApplicationRoleAsync(role, token);
                // The owner's connection saw the new types; the application's pool must see them too.
                if (applied.Count > 0)
                {
                    await using var connection = await dataSource.OpenConnectionAsync(token);
                    await connection.ReloadTypesAsync(token);
                }
            }
            var seeded = await keys.SeedConfiguredAsync(AdminApiKeyOptions.ConfiguredKeyName, auth.Value.AdminApiKey, auth.Value.RevokeKeysOfRotatedKey, token);
            logger.LogInformation("Configured admin API key {Outcome}", seeded ? "stored" : "already stored");
            readiness.MarkReady();
        }, stoppingToken);
}
