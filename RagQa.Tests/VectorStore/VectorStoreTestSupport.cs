using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RagQa.Core.Data;
using RagQa.Core.VectorStore;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.VectorStore;

internal static class VectorStoreTestSupport
{
    public static VectorStoreTelemetry Telemetry() =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());

    /// <summary>A fresh database with the schema applied; each data source stands for one worker process's connection pool.</summary>
    public static async Task<string> MigratedDatabaseAsync(LocalServers servers)
    {
        var connectionString = await servers.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        return connectionString;
    }

    public static PostgresVectorStore EmbeddedStore(NpgsqlDataSource dataSource) =>
        new(dataSource, Telemetry(), NullLogger<PostgresVectorStore>.Instance);

    public static VectorRecord Record(Guid chunkId, Guid documentId, float[] vector, params (string Key, string Value)[] metadata) =>
        new(chunkId, documentId, "src-" + chunkId.ToString("N")[..6], vector, metadata.ToDictionary(m => m.Key, m => m.Value));

    /// <summary>A unit vector pointing mostly along <paramref name="axis"/>, slightly tilted so that scores differ.</summary>
    public static float[] Axis(int dimensions, int axis, float tilt = 0f)
    {
        var vector = new float[dimensions];
        vector[axis] = 1f;
        vector[(axis + 1) % dimensions] = tilt;
        return vector;
    }

    public static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    /// <summary>The metadata-filter cases every store must answer alike (they are the semantics of MetadataFilterSql).</summary>
    public static async Task AssertFilterSemanticsAsync(IVectorStore store, VectorSpace space)
    {
        var document = Guid.NewGuid();
        await store.UpsertAsync(space,
        [
            Record(Id(1), document, Axis(4, 0), ("review_score", "5"), ("review_creation_date", "2017-10-02 10:56:33"), ("state", "SP")),
            Record(Id(2), document, Axis(4, 0, 0.1f), ("review_score", "1"), ("review_creation_date", "2018-01-15 00:00:00"), ("state", "SP")),
            Record(Id(3), document, Axis(4, 0, 0.2f), ("review_score", "4"), ("review_creation_date", "2017-12-31 23:59:59"), ("state", "RJ")),
            Record(Id(4), document, Axis(4, 0, 0.3f), ("review_score", "4.0"), ("review_creation_date", "n/a")),
            Record(Id(5), document, Axis(4, 0, 0.4f)),
        ], CancellationToken.None);

        async Task<IEnumerable<Guid>> Search(params MetadataCondition[] conditions) =>
            (await store.SearchAsync(space, Axis(4, 0), 10, new VectorFilter(conditions), CancellationToken.None)).Select(h => h.ChunkId);

        Assert.Equal([Id(1), Id(3), Id(4)], await Search(new MetadataCondition("review_score", From: "4")));
        Assert.Equal([Id(2)], await Search(new MetadataCondition("review_score", To: "2")));
        // Equality is textual: "4.0" is not "4".
        Assert.Equal([Id(3)], await Search(new MetadataCondition("review_score", EqualTo: "4")));
        Assert.Equal([Id(1), Id(3)], await Search(new MetadataCondition("review_creation_date", From: "2017-10-01", To: "2017-12-31 23:59:59")));
        // String bounds compare ordinally: "n/a" sorts after every date.
        Assert.Equal([Id(2), Id(4)], await Search(new MetadataCondition("review_creation_date", From: "2018-01-01")));
        Assert.Equal([Id(1), Id(2)], await Search(new MetadataCondition("state", EqualTo: "SP")));
        Assert.Equal([Id(1)], await Search(new MetadataCondition("state", EqualTo: "SP"), new MetadataCondition("review_score", From: "3")));
        Assert.Empty(await Search(new MetadataCondition("missing", EqualTo: "x")));
        Assert.Equal(5, (await Search()).Count());
    }
}
