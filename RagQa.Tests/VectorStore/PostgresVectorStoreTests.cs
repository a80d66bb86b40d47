using Npgsql;
using RagQa.Core.VectorStore;
using RagQa.Tests.Infrastructure;
using static RagQa.Tests.VectorStore.VectorStoreTestSupport;

namespace RagQa.Tests.VectorStore;

[Collection(LocalServersCollection.Name)]
public sealed class PostgresVectorStoreTests(LocalServers servers) : IAsyncLifetime
{
    private static readonly VectorSpace Space = new("olist_reviews", "test-model", 4);
    private static readonly Guid DocumentA = Guid.NewGuid();
    private static readonly Guid DocumentB = Guid.NewGuid();
    private NpgsqlDataSource _dataSource = null!;
    private PostgresVectorStore _store = null!;

    public async Task InitializeAsync()
    {
        _dataSource = NpgsqlDataSource.Create(await MigratedDatabaseAsync(servers));
        _store = EmbeddedStore(_dataSource);
    }

    public async Task DisposeAsync()
    {
        _store.Dispose();
        await _dataSource.DisposeAsync();
    }

    [Fact]
    public async Task Search_returns_the_nearest_vectors_best_first_with_their_documents()
    {
        await _store.UpsertAsync(Space,
        [
            Record(Id(1), DocumentA, Axis(4, 0)),
            Record(Id(2), DocumentA, Axis(4, 0, tilt: 0.5f)),
            Record(Id(3), DocumentB, Axis(4, 2)),
        ], CancellationToken.None);

        var hits = await _store.SearchAsync(Space, Axis(4, 0, tilt: 0.1f), 2, null, CancellationToken.None);

        Assert.Equal([Id(1), Id(2)], hits.Select(h => h.ChunkId));
        Assert.All(hits, h => Assert.Equal(DocumentA, h.DocumentId));
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.InRange(hits[0].Score, 0.99, 1.0);
    }

    [Fact]
    public async Task Upserting_the_same_chunk_again_replaces_it()
    {
        await _store.UpsertAsync(Space, [Record(Id(1), DocumentA, Axis(4, 0), ("state", "SP"))], CancellationToken.None);
        Assert.Single(await _store.SearchAsync(Space, Axis(4, 0), 10, null, CancellationToken.None));

        await _store.UpsertAsync(Space, [Record(Id(1), DocumentB, Axis(4, 3), ("state", "RJ"))], CancellationToken.None);
        var hits = await _store.SearchAsync(Space, Axis(4, 3), 10, null, CancellationToken.None);

        var hit = Assert.Single(hits);
        Assert.Equal(DocumentB, hit.DocumentId);
        Assert.InRange(hit.Score, 0.99, 1.0);
        Assert.Single(await _store.SearchAsync(Space, Axis(4, 3), 10, new VectorFilter([new("state", EqualTo: "RJ")]), CancellationToken.None));
        Assert.Equal(1, await _store.CountAsync(Space, CancellationToken.None));
    }

    [Fact]
    public async Task A_repeated_chunk_within_one_batch_keeps_the_last()
    {
        await _store.UpsertAsync(Space, [Record(Id(1), DocumentA, Axis(4, 0)), Record(Id(1), DocumentA, Axis(4, 1))], CancellationToken.None);

        var hit = Assert.Single(await _store.SearchAsync(Space, Axis(4, 1), 10, null, CancellationToken.None));
        Assert.InRange(hit.Score, 0.99, 1.0);
    }

    [Fact]
    public async Task Count_covers_only_live_vectors_of_the_space()
    {
        var otherModel = Space with { ModelId = "other-model" };
        await _store.UpsertAsync(Space, [Record(Id(1), DocumentA, Axis(4, 0)), Record(Id(2), DocumentB, Axis(4, 1))], CancellationToken.None);
        await _store.UpsertAsync(otherModel, [Record(Id(1), DocumentA, Axis(4, 0))], CancellationToken.None);

        Assert.Equal(2, await _store.CountAsync(Space, CancellationToken.None));
        await _store.DeleteDocumentAsync(Space.Collection, DocumentA, CancellationToken.None);

        Assert.Equal(1, await _store.CountAsync(Space, CancellationToken.None));
        Assert.Equal(0, await _store.CountAsync(otherModel, CancellationToken.None));
        Assert.Equal(0, await _store.CountAsync(Space with { Collection = "product_docs" }, CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_a_document_removes_it_from_every_space_of_its_collection_only()
    {
        var otherModel = Space with { ModelId = "other-model" };
        var otherCollection = Space with { Collection = "product_docs" };
        await _store.UpsertAsync(Space, [Record(Id(1), DocumentA, Axis(4, 0)), Record(Id(2), DocumentB, Axis(4, 0, 0.2f))], CancellationToken.None);
        await _store.UpsertAsync(otherModel, [Record(Id(1), DocumentA, Axis(4, 0))], CancellationToken.None);
        await _store.UpsertAsync(otherCollection, [Record(Id(9), DocumentA, Axis(4, 0))], CancellationToken.None);
        Assert.Equal(2, (await _store.SearchAsync(Space, Axis(4, 0), 10, null, CancellationToken.None)).Count);

        await _store.DeleteDocumentAsync(Space.Collection, DocumentA, CancellationToken.None);

        Assert.Equal([Id(2)], (await _store.SearchAsync(Space, Axis(4, 0), 10, null, CancellationToken.None)).Select(h => h.ChunkId));
        Assert.Empty(await _store.SearchAsync(otherModel, Axis(4, 0), 10, null, CancellationToken.None));
        Assert.Single(await _store.SearchAsync(otherCollection, Axis(4, 0), 10, null, CancellationToken.None));
    }

    [Fact]
    public async Task A_deleted_chunk_comes_back_when_upserted_again()
    {
        await _store.UpsertAsync(Space, [Record(Id(1), DocumentA, Axis(4, 0))], CancellationToken.None);
        await _store.SearchAsync(Space, Axis(4, 0), 10, null, CancellationToken.None);
        await _store.DeleteDocumentAsync(Space.Collection, DocumentA, CancellationToken.None);
        Assert.Empty(await _store.SearchAsync(Space, Axis(4, 0), 10, null, CancellationToken.None));

        await _store.UpsertAsync(Space, [Record(Id(1), DocumentA, Axis(4, 0))], CancellationToken.None);

        Assert.Single(await _store.SearchAsync(Space, Axis(4, 0), 10, null, CancellationToken.None));
        Assert.Equal(1, await _store.CountAsync(Space, CancellationToken.None));
    }

    [Fact]
    public async Task Filters_apply_numeric_ranges_date_ranges_and_equality_and_exclude_missing_keys()
    {
        await AssertFilterSemanticsAsync(_store, Space);
    }

    [Fact]
    public async Task Vectors_of_the_wrong_dimension_are_rejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _store.UpsertAsync(Space, [Record(Id(1), DocumentA, [1f, 0f, 0f])], CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _store.SearchAsync(Space, new float[5], 1, null, CancellationToken.None));
        Assert.Equal(0, await _store.CountAsync(Space, CancellationToken.None));
    }

    [Fact]
    public async Task Non_finite_values_are_rejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _store.UpsertAsync(Space, [Record(Id(1), DocumentA, [1f, float.NaN, 0f, 0f])], CancellationToken.None));
    }

    [Fact]
    public async Task An_empty_space_and_a_zero_limit_return_nothing()
    {
        Assert.Empty(await _store.SearchAsync(Space, Axis(4, 0), 5, null, CancellationToken.None));
        await _store.UpsertAsync(Space, [Record(Id(1), DocumentA, Axis(4, 0))], CancellationToken.None);
        Assert.Empty(await _store.SearchAsync(Space, Axis(4, 0), 0, null, CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_searches_and_upserts_end_consistent()
    {
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var batch = 0; batch < 5; batch++)
            {
                var records = Enumerable.Range(0, 20)
                    .Select(i => Record(Id(w * 1000 + batch * 20 + i), DocumentA, Axis(4, i % 4, i / 20f)))
                    .ToList();
                await _store.UpsertAsync(Space, records, CancellationToken.None);
            }
        }));
        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                var hits = await _store.SearchAsync(Space, Axis(4, i % 4), 5, null, CancellationToken.None);
                Assert.Equal(hits.Count, hits.Select(h => h.ChunkId).Distinct().Count());
            }
        }));

        await Task.WhenAll(writers.Concat(readers));

        Assert.Equal(800, await _store.CountAsync(Space, CancellationToken.None));
        Assert.Equal(800, (await _store.SearchAsync(Space, Axis(4, 0), 1000, null, CancellationToken.None)).Count);
    }
}
