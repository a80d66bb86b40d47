using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RagQa.Core.Data;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Data;

/// <summary>
/// Issue #19, item 15: the services connected as the Postgres superuser. Now the owner role migrates and grants the
/// application role DML only: it reads and writes rows but cannot drop or alter a table.
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed class ApplicationRoleTests(LocalServers servers)
{
    [Fact]
    public async Task The_application_role_writes_rows_but_cannot_drop_or_alter_a_table()
    {
        var ownerConnectionString = await servers.CreateDatabaseAsync();
        var role = "ragqa_app_" + Guid.NewGuid().ToString("N")[..8];
        var password = Guid.NewGuid().ToString("N");
        await using var owner = NpgsqlDataSource.Create(ownerConnectionString);
        await using (var create = owner.CreateCommand($"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
        {
            await create.ExecuteNonQueryAsync();
        }
        var migrator = new DatabaseMigrator(owner, NullLogger<DatabaseMigrator>.Instance);
        await migrator.MigrateAsync(CancellationToken.None);
        await migrator.GrantApplicationRoleAsync(role, CancellationToken.None);
        // A table a later migration adds is covered by the default privileges.
        await using (var later = owner.CreateCommand("CREATE TABLE later_table (id serial PRIMARY KEY, note text)"))
        {
            await later.ExecuteNonQueryAsync();
        }

        await using var application = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(ownerConnectionString) { Username = role, Password = password }.ConnectionString);
        Assert.Equal(1, await ExecuteAsync(application, "INSERT INTO collections (name, description) VALUES ('role_test', 'x')"));
        Assert.Equal(1, await ExecuteAsync(application, "UPDATE collections SET description = 'y' WHERE name = 'role_test'"));
        Assert.Equal(1, await ExecuteAsync(application, "INSERT INTO later_table (note) VALUES ('a')"));
        // A chunk insert also records its lexemes (a trigger that runs as the application role).
        var documentId = Guid.NewGuid();
        Assert.Equal(1, await ExecuteAsync(application, $"INSERT INTO documents (id, collection, filename, content_type) VALUES ('{documentId}', 'olist_reviews', 'a.csv', 'text/csv')"));
        Assert.Equal(1, await ExecuteAsync(application, $"INSERT INTO chunks (id, document_id, collection, source_id, ordinal, text) VALUES (gen_random_uuid(), '{documentId}', 'olist_reviews', 'r', 0, 'relógio')"));
        Assert.Equal(1, await ExecuteAsync(application, "DELETE FROM collection_lexemes WHERE lexeme = 'relogi'"));
        Assert.Equal(1, await ExecuteAsync(application, "DELETE FROM collections WHERE name = 'role_test'"));

        foreach (var ddl in new[]
                 {
                     "DROP TABLE documents",
                     "ALTER TABLE documents ADD COLUMN evil text",
                     "TRUNCATE audit_events",
                     "CREATE TABLE public.evil (id int)",
                     "DROP TABLE schema_migrations",
                 })
        {
            var ex = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(application, ddl));
            Assert.True(ex.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{ddl}: {ex.SqlState} {ex.MessageText}");
        }
    }

    [Fact]
    public void Role_names_are_quoted_as_identifiers() =>
        Assert.All(ApplicationRoleGrants.Statements("app\"; DROP TABLE documents; --"),
            s => Assert.Contains("\"app\"\"; DROP TABLE documents; --\"", s));

    private static async Task<int> ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return await command.ExecuteNonQueryAsync();
    }
}
