using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RagQa.Core.Data;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Data;

[Collection(LocalServersCollection.Name)]
public sealed class DatabaseMigratorTests(LocalServers servers)
{
    /// <summary>The files in RagQa.Core/Data/Migrations, in the order they must run: a new migration is added here too.</summary>
    private static readonly string[] Migrations = ["001_initial_schema", "002_vectors", "003_answers", "004_escalations", "005_api_keys", "006_analysis", "007_access", "008_collection_lexemes", "009_stored_review_fields", "010_reviews"];

    [Fact]
    public async Task Applies_every_migration_once_then_nothing_on_the_second_run()
    {
        await using var dataSource = NpgsqlDataSource.Create(await servers.CreateDatabaseAsync());
        var migrator = new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance);

        var first = await migrator.MigrateAsync(CancellationToken.None);
        var second = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(Migrations, first);
        Assert.Empty(second);
        await using (var recorded = dataSource.CreateCommand("SELECT version FROM schema_migrations ORDER BY version"))
        await using (var reader = await recorded.ExecuteReaderAsync())
        {
            var versions = new List<string>();
            while (await reader.ReadAsync()) versions.Add(reader.GetString(0));
            Assert.Equal(Migrations, versions);
        }
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM collections WHERE is_system");
        Assert.Equal(3L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Concurrent_replicas_do_not_race()
    {
        await using var dataSource = NpgsqlDataSource.Create(await servers.CreateDatabaseAsync());
        var runs = Enumerable.Range(0, 4)
            .Select(_ => new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None));

        var results = await Task.WhenAll(runs);

        // The advisory lock lets one replica apply everything; the others find nothing left.
        Assert.Equal(Migrations, Assert.Single(results, r => r.Count > 0));
        Assert.Equal(3, results.Count(r => r.Count == 0));
    }

    [Fact]
    public async Task Portuguese_full_text_search_ignores_accents_and_inflection()
    {
        await using var dataSource = NpgsqlDataSource.Create(await servers.CreateDatabaseAsync());
        await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);

        await using var command = dataSource.CreateCommand(
            "SELECT to_tsvector('ragqa_pt', 'Produto chegou QUEBRADO, péssima reclamação') @@ plainto_tsquery('ragqa_pt', 'reclamacao quebrada')");

        Assert.True((bool)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Inserted_chunks_record_their_collection_s_lexemes_for_typo_correction()
    {
        await using var dataSource = NpgsqlDataSource.Create(await servers.CreateDatabaseAsync());
        await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        var documentId = Guid.NewGuid();
        await using (var insert = dataSource.CreateCommand(
            $"""
            INSERT INTO documents (id, collection, filename, content_type) VALUES ('{documentId}', 'olist_reviews', 'a.csv', 'text/csv');
            INSERT INTO chunks (id, document_id, collection, source_id, ordinal, text) VALUES
                (gen_random_uuid(), '{documentId}', 'olist_reviews', 'r1', 0, 'Relógio quebrado'),
                (gen_random_uuid(), '{documentId}', 'olist_reviews', 'r2', 1, 'relógio parado');
            """))
        {
            await insert.ExecuteNonQueryAsync();
        }

        await using var command = dataSource.CreateCommand(
            "SELECT string_agg(lexeme, ' ' ORDER BY lexeme) FROM collection_lexemes WHERE collection = 'olist_reviews'");

        Assert.Equal("par quebr relogi", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Inserted_chunks_store_their_folded_text_score_and_day_for_the_counts()
    {
        await using var dataSource = NpgsqlDataSource.Create(await servers.CreateDatabaseAsync());
        await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        var documentId = Guid.NewGuid();
        await using (var insert = dataSource.CreateCommand(
            $$"""
            INSERT INTO documents (id, collection, filename, content_type) VALUES ('{{documentId}}', 'olist_reviews', 'a.csv', 'text/csv');
            INSERT INTO chunks (id, document_id, collection, source_id, ordinal, text, metadata) VALUES
                (gen_random_uuid(), '{{documentId}}', 'olist_reviews', 'r1', 0, 'Relógio NÃO chegou',
                 '{"review_score": "2", "review_creation_date": "2018-03-04 00:00:00"}'),
                (gen_random_uuid(), '{{documentId}}', 'olist_reviews', 'r2', 1, 'ok',
                 '{"review_score": "7", "review_creation_date": "ontem"}');
            """))
        {
            await insert.ExecuteNonQueryAsync();
        }

        await using var command = dataSource.CreateCommand(
            "SELECT string_agg(concat_ws('|', folded, review_score, coalesce(review_day, '-')), ' / ' ORDER BY source_id) FROM chunks");

        // A score outside 1–5 and a day that is not ISO are stored as unknown, as the counts treat them.
        Assert.Equal("relogio nao chegou|2|2018-03-04 / ok|-", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Chunks_written_and_deleted_keep_one_row_per_review_for_the_analyses()
    {
        await using var dataSource = NpgsqlDataSource.Create(await servers.CreateDatabaseAsync());
        await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        const string order1 = """{"review_score": "2", "review_creation_date": "2018-03-04 00:00:00", "order_id": "o1"}""";
        const string order2 = """{"review_score": "5", "review_creation_date": "2018-03-05 00:00:00", "order_id": "o2"}""";
        async Task Run(string sql)
        {
            await using var command = dataSource.CreateCommand(sql);
            await command.ExecuteNonQueryAsync();
        }
        await Run($"""
            INSERT INTO documents (id, collection, filename, content_type) VALUES
                ('{first}', 'olist_reviews', 'a.csv', 'text/csv'), ('{second}', 'olist_reviews', 'b.csv', 'text/csv');
            INSERT INTO chunks (id, document_id, collection, source_id, ordinal, text, metadata) VALUES
                ('00000000-0000-0000-0000-000000000001', '{first}', 'olist_reviews', 'r1', 0, 'Relógio NÃO chegou', '{order1}'),
                ('00000000-0000-0000-0000-000000000002', '{first}', 'olist_reviews', 'r1', 3, 'ótimo', '{order2}'),
                ('00000000-0000-0000-0000-000000000003', '{first}', 'olist_reviews', 'r2', 4, 'ok', '{"{}"}');
            """);
        // The rest of r1 (order o1) in a later statement, and the same review again in a second document.
        await Run($"""
            INSERT INTO chunks (id, document_id, collection, source_id, ordinal, text, metadata) VALUES
                ('00000000-0000-0000-0000-000000000004', '{first}', 'olist_reviews', 'r1', 1, 'e a loja sumiu', '{order1}'),
                ('00000000-0000-0000-0000-000000000005', '{second}', 'olist_reviews', 'r1', 0, 'Relógio NÃO chegou', '{order1}');
            """);

        async Task<string?> Reviews()
        {
            await using var command = dataSource.CreateCommand(
                "SELECT string_agg(concat_ws('|', source_id, metadata ->> 'order_id', score, day, chars, folded, right(first_chunk::text, 1)), " +
                "' / ' ORDER BY source_id, metadata ->> 'order_id') FROM reviews WHERE collection = 'olist_reviews'");
            return await command.ExecuteScalarAsync() as string;
        }

        // Each order's record of r1 is a review; a review's text is its chunks' in order, from every document that holds it.
        Assert.Equal(
            "r1|o1|2|2018-03-04|50|relogio nao chegou relogio nao chegou e a loja sumiu|1 / r1|o2|5|2018-03-05|5|otimo|2 / r2|2|ok|3",
            await Reviews());

        await Run($"DELETE FROM documents WHERE id = '{first}'");

        Assert.Equal("r1|o1|2|2018-03-04|18|relogio nao chegou|5", await Reviews());
    }
}
