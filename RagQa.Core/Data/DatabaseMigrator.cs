using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace RagQa.Core.Data;

/// <summary>
/// Applies the embedded migrations that the database has not seen yet, each in its own transaction.
/// A session-level advisory lock serialises concurrent callers, so replicas starting together
/// cannot race: the first applies, the others find nothing left to do.
/// </summary>
public sealed class DatabaseMigrator(NpgsqlDataSource dataSource, ILogger<DatabaseMigrator> logger)
{
    private const long AdvisoryLockKey = 0x5261_6751_4D69_67; // "RagQMig"
    private static readonly ActivitySource Activity = new("RagQa.Data");

    /// <summary>Returns the versions applied by this call (empty when the schema was already current).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        using var activity = Activity.StartActivity("migrate_database");
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null,
                "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
                cancellationToken);
            var applied = await AppliedVersionsAsync(connection, cancellationToken);
            var done = new List<string>();
            foreach (var script in MigrationScript.LoadEmbedded().Where(s => !applied.Contains(s.Version)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations (version) VALUES (@version)", new { version = script.Version }, transaction,
                    cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied database migration {MigrationVersion}", script.Version);
                done.Add(script.Version);
            }
            activity?.SetTag("ragqa.migrations.applied", done.Count);
            // Types created by migrations (extensions, enums) must be visible to pooled connections.
            if (done.Count > 0) await connection.ReloadTypesAsync(cancellationToken);
            return done;
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    /// <summary>
    /// Gives <paramref name="applicationRole"/> DML rights on every table and sequence, now and for tables migrated
    /// later (<see cref="ApplicationRoleGrants"/>); run by the owner role after <see cref="MigrateAsync"/>. Nothing to
    /// do when the services connect as the owner itself.
    /// </summary>
    public async Task GrantApplicationRoleAsync(string applicationRole, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (string.Equals(connection.UserName, applicationRole, StringComparison.Ordinal)) return;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var statement in ApplicationRoleGrants.Statements(applicationRole))
        {
            await ExecuteAsync(connection, transaction, statement, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Granted the application role {Role} DML on the schema", applicationRole);
    }

    private static async Task<HashSet<string>> AppliedVersionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<string>(new CommandDefinition("SELECT version FROM schema_migrations", cancellationToken: cancellationToken)))
            .ToHashSet(StringComparer.Ordinal);

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
