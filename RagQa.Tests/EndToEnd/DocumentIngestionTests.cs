using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Npgsql;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.EndToEnd;

/// <summary>Uploads through the real API into the running pipeline (ingest worker → embed worker → vector store).</summary>
[Collection(BulkIngestionCollection.Name)]
public sealed class DocumentIngestionTests(BulkIngestionAppHostFixture fixture)
{
    private static readonly string SamplePath = Path.Combine(LocalServers.RepositoryRoot(), "data", "olist", "olist_order_reviews_sample.csv");
    private readonly DocumentsClient _documents = new(fixture.Api, fixture.AdminApiKey);

    [Fact]
    public async Task The_sample_is_indexed_searchable_idempotent_and_deletable()
    {
        using var first = await _documents.UploadAsync(File.OpenRead(SamplePath), "sample.csv", "support_articles");
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var id = await DocumentsClient.DocumentIdOf(first);
        Assert.Equal($"/documents/{id}", first.Headers.Location?.OriginalString);

        var document = await _documents.WaitUntilSettledAsync(id, TimeSpan.FromMinutes(5));
        Assert.Equal("indexed", document.GetProperty("status").GetString());
        Assert.Equal(2000, document.GetProperty("chunks_total").GetInt32());
        Assert.Equal(2000, document.GetProperty("chunks_embedded").GetInt32());
        Assert.Equal(1.0, document.GetProperty("progress").GetDouble());
        Assert.Equal(new FileInfo(SamplePath).Length, document.GetProperty("size_bytes").GetInt64());
        // The raw upload is gone once the chunks are stored; the hash that makes re-uploads idempotent stays.
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM upload_blocks WHERE document_id = $1", id));

        Assert.Contains("185cb85ede91009d7a8e685687c037ee", await SearchAsync("support_articles", "não recebi ainda meu produto, fiz a compra faz 30 dias"));

        using var again = await _documents.UploadAsync(File.OpenRead(SamplePath), "same-bytes-other-name.csv", "support_articles");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, await DocumentsClient.DocumentIdOf(again));

        using var deleted = await _documents.DeleteAsync(id);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM chunks WHERE document_id = $1", id));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM chunk_vectors WHERE document_id = $1 AND vector IS NOT NULL", id));
        Assert.Empty(await SearchAsync("support_articles", "não recebi ainda meu produto"));
        using var gone = await _documents.DeleteAsync(id);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Bad_requests_get_a_problem_with_a_stable_code_and_store_nothing()
    {
        var before = await CountAsync("SELECT count(*) FROM documents");

        await ProblemAssert.IsAsync(await _documents.UploadAsync(new MemoryStream(), "empty.csv"), HttpStatusCode.BadRequest, "empty_file");
        await ProblemAssert.IsAsync(await _documents.UploadAsync(File.OpenRead(SamplePath), "s.csv", apiKey: ""), HttpStatusCode.Unauthorized, "missing_api_key");
        await ProblemAssert.IsAsync(await _documents.UploadAsync(File.OpenRead(SamplePath), "s.csv", apiKey: "not-the-key-at-all"), HttpStatusCode.Forbidden, "invalid_api_key");
        await ProblemAssert.IsAsync(await _documents.UploadAsync(File.OpenRead(SamplePath), "s.csv", "no_such_collection"), HttpStatusCode.BadRequest, "unknown_collection");
        await ProblemAssert.IsAsync(await _documents.UploadAsync(new MemoryStream([0x4D, 0x5A, 0x90, 0]), "tool.exe"), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        using (var json = new HttpRequestMessage(HttpMethod.Post, "/documents") { Content = JsonContent.Create(new { file = "x" }) })
        {
            json.Headers.Add("X-Api-Key", fixture.AdminApiKey);
            await ProblemAssert.IsAsync(await fixture.Api.SendAsync(json), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        }
        await using (var tooLarge = new RepeatingStream(Encoding.UTF8.GetBytes("id,texto\n1,abc\n"), BulkIngestionAppHostFixture.MaxUploadBytes + 1))
        {
            await ProblemAssert.IsAsync(await _documents.UploadAsync(tooLarge, "huge.csv"), HttpStatusCode.RequestEntityTooLarge, "upload_too_large");
        }

        Assert.Equal(before, await CountAsync("SELECT count(*) FROM documents"));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM upload_blocks b LEFT JOIN documents d ON d.id = b.document_id WHERE d.id IS NULL"));
    }

    public static TheoryData<string, byte[], string> UnreadableFiles => new()
    {
        { "garbage.csv", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray(), "binary" },
        { "unbalanced.csv", Encoding.UTF8.GetBytes("id,texto\n1,\"começa e não fecha\n2,outro\n"), "quote" },
        { "utf16.csv", Encoding.Unicode.GetBytes("id,texto\n1,entrega atrasada\n"), "binary" },
        { "no-text.csv", Encoding.UTF8.GetBytes("id,texto\n1,\n2,   \n"), "text" },
        { "no-mapping.csv", Encoding.UTF8.GetBytes("a,b\n1,2\n"), "text_columns" },
    };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public async Task An_unreadable_file_fails_with_a_reason_and_leaves_nothing_searchable(string filename, byte[] content, string reasonContains)
    {
        var fields = filename == "no-mapping.csv" ? null : new Dictionary<string, string> { ["text_columns"] = "texto", ["id_column"] = "id" };
        using var response = await _documents.UploadAsync(new MemoryStream(content), filename, "product_docs", fields: fields);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = await DocumentsClient.DocumentIdOf(response);

        var document = await _documents.WaitUntilSettledAsync(id, TimeSpan.FromMinutes(2));

        Assert.Equal("failed", document.GetProperty("status").GetString());
        Assert.Contains(reasonContains, document.GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM chunks WHERE document_id = $1", id));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM chunk_vectors WHERE document_id = $1", id));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM upload_blocks WHERE document_id = $1", id));
    }

    private async Task<List<string?>> SearchAsync(string collection, string query)
    {
        using var response = await fixture.Api.PostAsJsonAsync("/search", new { query, collection, top_k = 5 });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("source_id").GetString()).ToList();
    }

    private async Task<long> CountAsync(string sql, Guid? documentId = null)
    {
        await using var connection = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync("ragqa"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (documentId is not null) command.Parameters.Add(new NpgsqlParameter { Value = documentId.Value });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
