using Microsoft.Extensions.Logging.Abstractions;
using Qdrant.Client;
using RagQa.Core.VectorStore;
using static RagQa.Tests.VectorStore.VectorStoreTestSupport;

namespace RagQa.Tests.VectorStore;

/// <summary>Against a real Qdrant (RAGQA_TEST_QDRANT); each test works in collections of its own and drops them afterwards.</summary>
public sealed class QdrantVectorStoreTests : IAsyncLifetime
{
    private static readonly Guid DocumentA = Guid.NewGuid();
    private static readonly Guid DocumentB = Guid.NewGuid();
    private readonly string _collection = "t" + Guid.NewGuid().ToString("N")[..12];
    private readonly QdrantClient _client;
    private readonly QdrantVectorStore _store;

    public QdrantVectorStoreTests()
    {
        // Without a server the client is never called: only the argument checks run.
        var settings = QdrantConnectionSettings.TryParse(QdrantFactAttribute.ConnectionString, out var parsed)
            ? parsed
            : new QdrantConnectionSettings(new Uri("http://127.0.0.1:1"), null);
        _client = new QdrantClient(settings.Endpoint, settings.Key);
        _store = new QdrantVectorStore(_client, Telemetry(), NullLogger<QdrantVectorStore>.Instance);
    }

    private VectorSpace Space => new(_collection, "test-model", 4);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (QdrantFactAttribute.ConnectionString is not null)
        {
            foreach (var name in await _client.ListCollectionsAsync())
            {
                if (name.StartsWith(_collection, StringComparison.Ordinal)) await _client.DeleteCollectionAsync(name);
            }
        }
        _client.Dispose();
    }

    [QdrantFact]
    public async Task Upsert_search_count_and_delete()
    {
        await _store.UpsertAsync(Space,
        [
            Record(Id(1), DocumentA, Axis(4, 0)),
            Record(Id(2), DocumentA, Axis(4, 0, 0.5f)),
            Record(Id(3), DocumentB, Axis(4, 0, 0.2f)),
        ], CancellationToken.None);

        var hits = await _store.SearchAsync(Space, Axis(4, 0), 2, null, CancellationToken.None);
        Assert.Equal([Id(1), Id(3)], hits.Select(h => h.ChunkId));
        Assert.Equal([DocumentA, DocumentB], hits.Select(h => h.DocumentId));
        Assert.InRange(hits[0].Score, 0.99, 1.0001);
        Assert.Equal(3, await _store.CountAsync(Space, CancellationToken.None));

        await _store.DeleteDocumentAsync(_collection, DocumentA, CancellationToken.None);

        Assert.Equal([Id(3)], (await _store.SearchAsync(Space, Axis(4, 0), 10, null, CancellationToken.None)).Select(h => h.ChunkId));
        Assert.Equal(1, await _store.CountAsync(Space, CancellationToken.None));
    }

    [QdrantFact]
    public async Task Upserting_the_same_chunk_again_replaces_it()
    {
        await _store.UpsertAsync(Space, [Record(Id(1), DocumentA, Axis(4, 0), ("state", "SP"))], CancellationToken.None);
        await _store.UpsertAsync(Space, [Record(Id(1), DocumentB, Axis(4, 3), ("state", "RJ"))], CancellationToken.None);

        var hit = Assert.Single(await _store.SearchAsync(Space, Axis(4, 3), 10, null, CancellationToken.None));
        Assert.Equal(DocumentB, hit.DocumentId);
        Assert.Empty(await _store.SearchAsync(Space, Axis(4, 3), 10, new VectorFilter([new("state", EqualTo: "SP")]), CancellationToken.None));
        Assert.Equal(1, await _store.CountAsync(Space, CancellationToken.None));
    }

    [QdrantFact]
    public async Task Filters_have_the_same_semantics_as_the_embedded_store()
    {
        await AssertFilterSemanticsAsync(_store, Space);
    }

    [QdrantFact]
    public async Task A_space_never_written_is_empty()
    {
        Assert.Empty(await _store.SearchAsync(Space, Axis(4, 0), 5, null, CancellationToken.None));
        Assert.Equal(0, await _store.CountAsync(Space, CancellationToken.None));
        await _store.DeleteDocumentAsync(_collection, DocumentA, CancellationToken.None);
    }

    [Fact]
    public async Task Vectors_of_the_wrong_dimension_are_rejected_before_any_call()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _store.UpsertAsync(Space, [Record(Id(1), DocumentA, [1f, 0f])], CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _store.SearchAsync(Space, new float[5], 1, null, CancellationToken.None));
    }
}
