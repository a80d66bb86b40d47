using Npgsql;
using RagQa.Core.Chunks;
using RagQa.Core.Ingestion;
using RagQa.Tests.Infrastructure;
using RagQa.Tests.VectorStore;

namespace RagQa.Tests.Answering;

/// <summary>
/// A migrated database holding the bundled 2,000-review Olist sample as chunks of <c>olist_reviews</c> (one per
/// review, read with the ingestion's own CSV reader), created once per test run on the shared server.
/// </summary>
internal static class OlistSampleDatabase
{
    public const string Collection = "olist_reviews";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? connectionString;

    public static async Task<string> GetAsync(LocalServers servers)
    {
        await Gate.WaitAsync();
        try
        {
            return connectionString ??= await CreateAsync(servers);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> CreateAsync(LocalServers servers)
    {
        var created = await VectorStoreTestSupport.MigratedDatabaseAsync(servers);
        await using var dataSource = NpgsqlDataSource.Create(created);
        var documentId = Guid.NewGuid();
        await using (var document = dataSource.CreateCommand(
            "INSERT INTO documents (id, collection, filename, content_type, status) VALUES ($1, $2, 'olist_order_reviews_sample.csv', 'text/csv', 'indexed')"))
        {
            document.Parameters.Add(new NpgsqlParameter { Value = documentId });
            document.Parameters.Add(new NpgsqlParameter { Value = Collection });
            await document.ExecuteNonQueryAsync();
        }

        var chunks = new List<ChunkRecord>();
        await using (var csv = File.OpenRead(SamplePath()))
        {
            await foreach (var record in CsvRecordReader.ReadAsync(csv, mapping: null, CancellationToken.None))
            {
                if (record is null) continue;
                chunks.Add(new ChunkRecord(ChunkIds.Chunk(documentId, chunks.Count), documentId, Collection, record.SourceId, chunks.Count,
                    record.Text, record.Metadata));
            }
        }
        await new ChunkStore(dataSource).InsertAsync(chunks, CancellationToken.None);
        return created;
    }

    private static string SamplePath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "data", "olist", "olist_order_reviews_sample.csv");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("data/olist/olist_order_reviews_sample.csv was not found above " + AppContext.BaseDirectory);
    }
}
