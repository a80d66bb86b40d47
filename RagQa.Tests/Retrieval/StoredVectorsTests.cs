using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Qdrant.Client;
using RagQa.Core.VectorStore;
using RagQa.Tests.Infrastructure;
using RagQa.Tests.VectorStore;
using static RagQa.Tests.VectorStore.VectorStoreTestSupport;

namespace RagQa.Tests.Retrieval;

/// <summary>Reranking reads candidates' vectors back from the store; both stores return them alike.</summary>
[Collection(LocalServersCollection.Name)]
public sealed class StoredVectorsTests(LocalServers servers)
{
    private static readonly Guid Document = Guid.NewGuid();

    [Fact]
    public async Task The_embedded_store_returns_unit_vectors_of_known_chunks_only()
    {
        await using var dataSource = NpgsqlDataSource.Create(await MigratedDatabaseAsync(servers));
        using var writer = EmbeddedStore(dataSource);
        using var reader = EmbeddedStore(dataSource);
        await AssertStoredVectorsAsync(writer, reader, new VectorSpace("olist_reviews", "test-model", 4));
    }

    [QdrantFact]
    public async Task Qdrant_returns_unit_vectors_of_known_chunks_only()
    {
        QdrantConnectionSettings.TryParse(QdrantFactAttribute.ConnectionString, out var settings);
        using var client = new QdrantClient(settings!.Endpoint, settings.Key);
        var store = new QdrantVectorStore(client, Telemetry(), NullLogger<QdrantVectorStore>.Instance);
        var space = new VectorSpace("c" + Guid.NewGuid().ToString("N")[..8], "test-model", 4);
        try
        {
            await AssertStoredVectorsAsync(store, store, space);
        }
        finally
        {
            await client.DeleteCollectionAsync(QdrantPoints.CollectionName(space));
        }
    }

    /// <summary>The reader is another instance (another process's view) for the embedded store.</summary>
    private static async Task AssertStoredVectorsAsync(IVectorStore writer, IVectorStore reader, VectorSpace space)
    {
        Assert.Empty(await reader.GetVectorsAsync(space, [Id(1)], CancellationToken.None));
        await writer.UpsertAsync(space, [Record(Id(1), Document, [3, 0, 4, 0]), Record(Id(2), Document, Axis(4, 1))], CancellationToken.None);

        var vectors = await reader.GetVectorsAsync(space, [Id(1), Id(3), Id(2)], CancellationToken.None);

        Assert.Equal([Id(1), Id(2)], vectors.Keys.Order());
        Assert.Equal([0.6f, 0f, 0.8f, 0f], vectors[Id(1)].ToArray(), (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.Empty(await reader.GetVectorsAsync(space, [], CancellationToken.None));
    }
}
