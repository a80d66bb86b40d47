using Npgsql;
using RagQa.Core.VectorStore;
using RagQa.Tests.Infrastructure;
using static RagQa.Tests.VectorStore.VectorStoreTestSupport;

namespace RagQa.Tests.VectorStore;

/// <summary>
/// Two embedded stores, each with its own connection pool and in-memory indexes, stand for two worker
/// processes sharing one database.
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed class PostgresVectorStoreAcrossProcessesTests(LocalServers servers) : IAsyncLifetime
{
    private static readonly VectorSpace Space = new("olist_reviews", "test-model", 4);
    private NpgsqlDataSource _dataSourceA = null!;
    private NpgsqlDataSource _dataSourceB = null!;
    private PostgresVectorStore _a = null!;
    private PostgresVectorStore _b = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await MigratedDatabaseAsync(servers);
        _dataSourceA = NpgsqlDataSource.Create(connectionString);
        _dataSourceB = NpgsqlDataSource.Create(connectionString);
        _a = EmbeddedStore(_dataSourceA);
        _b = EmbeddedStore(_dataSourceB);
    }

    public async Task DisposeAsync()
    {
        _a.Dispose();
        _b.Dispose();
        await _dataSourceA.DisposeAsync();
        await _dataSourceB.DisposeAsync();
    }

    [Fact]
    public async Task An_upsert_in_one_process_is_found_by_the_other_after_it_has_loaded()
    {
        var document = Guid.NewGuid();
        await _a.UpsertAsync(Space, [Record(Id(1), document, Axis(4, 0))], CancellationToken.None);
        Assert.Single(await _b.SearchAsync(Space, Axis(4, 0), 10, null, CancellationToken.None));

        await _a.UpsertAsync(Space, [Record(Id(2), document, Axis(4, 0, 0.1f)), Record(Id(1), document, Axis(4, 2))], CancellationToken.None);

        var hits = await _b.SearchAsync(Space, Axis(4, 0), 10, null, CancellationToken.None);
        Assert.Equal([Id(2), Id(1)], hits.Select(h => h.ChunkId));
        Assert.InRange(hits[1].Score, -0.01, 0.01);
    }

    [Fact]
    public async Task A_delete_in_one_process_is_seen_by_the_other()
    {
        var kept = Guid.NewGuid();
        var deleted = Guid.NewGuid();
        await _a.UpsertAsync(Space, [Record(Id(1), kept, Axis(4, 0)), Record(Id(2), deleted, Axis(4, 0, 0.1f)), Record(Id(3), deleted, Axis(4, 1))],
            CancellationToken.None);
        Assert.Equal(3, (await _a.SearchAsync(Space, Axis(4, 0), 10, null, CancellationToken.None)).Count);

        await _b.DeleteDocumentAsync(Space.Collection, deleted, CancellationToken.None);

        Assert.Equal([Id(1)], (await _a.SearchAsync(Space, Axis(4, 0), 10, null, CancellationToken.None)).Select(h => h.ChunkId));
    }

    [Fact]
    public async Task Concurrent_upserts_from_both_processes_end_with_the_exact_count_everywhere()
    {
        var document = Guid.NewGuid();
        // Both processes warm their indexes first so that the rest arrives through the change feed.
        await _a.SearchAsync(Space, Axis(4, 0), 1, null, CancellationToken.None);
        await _b.SearchAsync(Space, Axis(4, 0), 1, null, CancellationToken.None);

        // Ids 0..599 from A and 400..999 from B: 1000 distinct chunks, 200 written by both.
        async Task Write(PostgresVectorStore store, int first)
        {
            for (var batch = 0; batch < 12; batch++)
            {
                var records = Enumerable.Range(first + batch * 50, 50).Select(i => Record(Id(i), document, Axis(4, i % 4, (i % 7) / 10f))).ToList();
                await store.UpsertAsync(Space, records, CancellationToken.None);
                await store.SearchAsync(Space, Axis(4, batch % 4), 3, null, CancellationToken.None);
            }
        }
        await Task.WhenAll(Task.Run(() => Write(_a, 0)), Task.Run(() => Write(_b, 400)));

        Assert.Equal(1000, await _a.CountAsync(Space, CancellationToken.None));
        foreach (var store in new[] { _a, _b })
        {
            var hits = await store.SearchAsync(Space, Axis(4, 0), 5000, null, CancellationToken.None);
            Assert.Equal(1000, hits.Count);
            Assert.Equal(1000, hits.Select(h => h.ChunkId).Distinct().Count());
        }
    }

    [Fact]
    public async Task A_write_that_commits_after_a_later_one_was_seen_is_not_skipped()
    {
        var document = Guid.NewGuid();
        await _b.SearchAsync(Space, Axis(4, 0), 10, null, CancellationToken.None);

        // A slow writer: its transaction gets its id first but commits last.
        await using var slow = await _dataSourceA.OpenConnectionAsync();
        await using var transaction = await slow.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO chunk_vectors (collection, model, dimensions, chunk_id, document_id, source_id, metadata, vector)
            VALUES ($1, $2, $3, $4, $5, 'slow', '{}', $6)
            """, slow, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = Space.Collection });
            insert.Parameters.Add(new NpgsqlParameter { Value = Space.ModelId });
            insert.Parameters.Add(new NpgsqlParameter { Value = Space.Dimensions });
            insert.Parameters.Add(new NpgsqlParameter { Value = Id(1) });
            insert.Parameters.Add(new NpgsqlParameter { Value = document });
            insert.Parameters.Add(new NpgsqlParameter { Value = new byte[] { 0, 0, 0x80, 0x3f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } });
            await insert.ExecuteNonQueryAsync();
        }
        await _a.UpsertAsync(Space, [Record(Id(2), document, Axis(4, 1))], CancellationToken.None);
        Assert.Equal([Id(2)], (await _b.SearchAsync(Space, Axis(4, 0), 10, null, CancellationToken.None)).Select(h => h.ChunkId));

        await transaction.CommitAsync();

        var hits = await _b.SearchAsync(Space, Axis(4, 0), 10, null, CancellationToken.None);
        Assert.Equal([Id(1), Id(2)], hits.Select(h => h.ChunkId));
    }

    [Fact]
    public async Task A_new_process_loads_everything_already_stored()
    {
        var document = Guid.NewGuid();
        await _a.UpsertAsync(Space, Enumerable.Range(0, 1500).Select(i => Record(Id(i), document, Axis(4, i % 4, i / 1500f))).ToList(),
            CancellationToken.None);
        await _a.DeleteDocumentAsync(Space.Collection, Guid.NewGuid(), CancellationToken.None);

        var hits = await _b.SearchAsync(Space, Axis(4, 1), 2000, null, CancellationToken.None);

        Assert.Equal(1500, hits.Count);
        Assert.Equal(Id(1), hits[0].ChunkId);
    }
}
