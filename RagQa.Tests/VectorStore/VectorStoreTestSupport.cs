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
}
