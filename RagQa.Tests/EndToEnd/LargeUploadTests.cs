using System.Globalization;
using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RagQa.Benchmarks.ApiClient;
using RagQa.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// A 50 MB CSV made from the sample: the API streams it without holding it in memory, and killing the
/// embed worker in the middle of the document loses and duplicates nothing.
/// </summary>
[Collection(BulkIngestionCollection.Name)]
public sealed class LargeUploadTests(BulkIngestionAppHostFixture fixture, ITestOutputHelper output)
{
    private const long TargetBytes = 50L * 1024 * 1024;

    /// <summary>
    /// Chunks per copy of the sample, counted once outside RagQa: Python's csv module reads 2,000 data rows, each
    /// with a title or a message; the longest title + ". " + message is 227 characters, and a MiniLM word piece
    /// covers at least one character, so every review is one chunk of at most 256 tokens (Ingestion:Chunking:MaxTokens).
    /// </summary>
    private const int ChunksPerCopy = 2000;
    private readonly DocumentsClient _documents = new(fixture.Api, fixture.AdminApiKey);

    [Fact]
    public async Task Fifty_megabytes_stream_through_with_flat_memory_and_survive_an_embed_worker_kill()
    {
        var (path, copies) = WriteLargeCsv();
        try
        {
            var expectedChunks = copies * ChunksPerCopy;
            var apiPid = await fixture.ProcessIdAsync("RagQa.Api");
            var baseline = ResidentBytes(apiPid);
            long peak = baseline;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, ResidentBytes(apiPid));
                    await Task.Delay(20);
                }
            });

            var response = await _documents.UploadAsync(new DocumentUpload(File.OpenRead(path), "large.csv") { Collection = "product_docs" });
            await sampling.CancelAsync();
            await sampler;
            Assert.Equal((int)HttpStatusCode.Accepted, response.StatusCode);
            output.WriteLine($"api resident memory: {baseline / 1048576.0:F0} MiB before, {peak / 1048576.0:F0} MiB peak during a {new FileInfo(path).Length / 1048576.0:F0} MiB upload");
            Assert.True(peak - baseline < 100L * 1024 * 1024, $"the api grew by {(peak - baseline) / 1048576.0:F0} MiB");

            var id = response.Result.Document_id;
            var midway = await _documents.WaitUntilSettledAsync(id, TimeSpan.FromMinutes(10), d => d.Chunks_embedded > expectedChunks / 10);
            Assert.Equal(DocumentStatus.Embedding, midway.Status);

            await fixture.KillAsync("embedworker", "RagQa.EmbedWorker");
            await fixture.StartAsync("embedworker");
            var document = await _documents.WaitUntilSettledAsync(id, TimeSpan.FromMinutes(15));

            output.WriteLine($"{expectedChunks} chunks; embedded {midway.Chunks_embedded} before the kill; " +
                $"{document.Chunks_per_second} chunks/s overall");
            Assert.Equal(DocumentStatus.Indexed, document.Status);
            Assert.Equal(expectedChunks, document.Chunks_total);
            Assert.Equal(expectedChunks, document.Chunks_embedded);
            Assert.Equal(expectedChunks, await CountAsync("SELECT count(*) FROM chunks WHERE document_id = $1", id));
            // One vector per chunk in the model's space, and one in the space of its English glosses (issue #21).
            Assert.Equal(expectedChunks, await CountAsync("SELECT count(*) FROM chunk_vectors WHERE document_id = $1 AND vector IS NOT NULL AND model NOT LIKE '%+gloss-en'", id));
            Assert.Equal(expectedChunks, await CountAsync("SELECT count(*) FROM chunk_vectors WHERE document_id = $1 AND vector IS NOT NULL AND model LIKE '%+gloss-en'", id));
            Assert.Equal(expectedChunks, await CountAsync("SELECT count(DISTINCT chunk_id) FROM chunk_vectors WHERE document_id = $1", id));

            await _documents.DeleteAsync(id); // 204
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The sample's data rows repeated until the file passes 50 MB (every copy parses to the same records).</summary>
    private static (string Path, int Copies) WriteLargeCsv()
    {
        var sample = File.ReadAllText(Path.Combine(LocalServers.RepositoryRoot(), "data", "olist", "olist_order_reviews_sample.csv"));
        var headerEnd = sample.IndexOf('\n') + 1;
        var body = sample[headerEnd..];
        if (!body.EndsWith('\n')) body += "\n";
        var path = Path.Combine(Path.GetTempPath(), $"ragqa-large-{Guid.NewGuid():N}.csv");
        using var writer = new StreamWriter(path);
        writer.Write(sample[..headerEnd]);
        var copies = 0;
        while (writer.BaseStream.Length < TargetBytes)
        {
            writer.Write(body);
            writer.Flush();
            copies++;
        }
        return (path, copies);
    }

    private static long ResidentBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private async Task<long> CountAsync(string sql, Guid documentId)
    {
        await using var connection = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync("ragqa"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = documentId });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
