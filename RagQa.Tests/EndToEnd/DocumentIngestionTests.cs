using System.Net;
using System.Net.Http.Json;
using System.Text;
using Aspire.Hosting.Testing;
using Npgsql;
using RagQa.Benchmarks.ApiClient;
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
        var first = await _documents.UploadAsync(new DocumentUpload(File.OpenRead(SamplePath), "sample.csv") { Collection = "support_articles" });
        Assert.Equal((int)HttpStatusCode.Accepted, first.StatusCode);
        var id = first.Result.Document_id;
        Assert.Equal($"/documents/{id}", first.Header("Location"));

        var document = await _documents.WaitUntilSettledAsync(id, TimeSpan.FromMinutes(5));
        Assert.Equal(DocumentStatus.Indexed, document.Status);
        Assert.Equal(2000, document.Chunks_total);
        Assert.Equal(2000, document.Chunks_embedded);
        Assert.Equal(1.0, document.Progress);
        Assert.Equal(new FileInfo(SamplePath).Length, document.Size_bytes);
        // The raw upload is gone once the chunks are stored; the hash that makes re-uploads idempotent stays.
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM upload_blocks WHERE document_id = $1", id));

        Assert.Contains("185cb85ede91009d7a8e685687c037ee", await SearchAsync("support_articles", "não recebi ainda meu produto, fiz a compra faz 30 dias"));

        var again = await _documents.UploadAsync(new DocumentUpload(File.OpenRead(SamplePath), "same-bytes-other-name.csv") { Collection = "support_articles" });
        Assert.Equal((int)HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, again.Result.Document_id);

        await _documents.DeleteAsync(id); // 204: the client returns only on the operation's success
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM chunks WHERE document_id = $1", id));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM chunk_vectors WHERE document_id = $1 AND vector IS NOT NULL", id));
        Assert.Empty(await SearchAsync("support_articles", "não recebi ainda meu produto"));
        await ProblemAssert.ThrowsAsync(() => _documents.DeleteAsync(id), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Bad_requests_get_a_problem_with_a_stable_code_and_store_nothing()
    {
        var before = await CountAsync("SELECT count(*) FROM documents");

        // Well-formed uploads the api must refuse, through the client: each refusal is a problem the contract documents.
        static DocumentUpload Upload(Stream content, string filename, string collection = "olist_reviews") => new(content, filename) { Collection = collection };
        await ProblemAssert.ThrowsAsync(() => _documents.UploadAsync(Upload(new MemoryStream(), "empty.csv")), HttpStatusCode.BadRequest, "empty_file");
        await ProblemAssert.ThrowsAsync(() => _documents.UploadAsync(Upload(File.OpenRead(SamplePath), "s.csv"), apiKey: ""), HttpStatusCode.Unauthorized, "missing_api_key");
        await ProblemAssert.ThrowsAsync(() => _documents.UploadAsync(Upload(File.OpenRead(SamplePath), "s.csv"), apiKey: "not-the-key-at-all"), HttpStatusCode.Forbidden, "invalid_api_key");
        await ProblemAssert.ThrowsAsync(() => _documents.UploadAsync(Upload(File.OpenRead(SamplePath), "s.csv", "no_such_collection")), HttpStatusCode.BadRequest, "unknown_collection");
        await ProblemAssert.ThrowsAsync(() => _documents.UploadAsync(Upload(new MemoryStream([0x4D, 0x5A, 0x90, 0]), "tool.exe")), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        // Not multipart at all: a request no client generated from the contract sends, so it is made by hand.
        using (var json = new HttpRequestMessage(HttpMethod.Post, "/documents") { Content = JsonContent.Create(new { file = "x" }) })
        {
            json.Headers.Add("X-Api-Key", fixture.AdminApiKey);
            await ProblemAssert.IsAsync(await fixture.Api.SendAsync(json), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        }
        await using (var tooLarge = new RepeatingStream(Encoding.UTF8.GetBytes("id,texto\n1,abc\n"), BulkIngestionAppHostFixture.MaxUploadBytes + 1))
        {
            await ProblemAssert.ThrowsAsync(() => _documents.UploadAsync(Upload(tooLarge, "huge.csv")), HttpStatusCode.RequestEntityTooLarge, "upload_too_large");
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
        var upload = new DocumentUpload(new MemoryStream(content), filename) { Collection = "product_docs" };
        if (filename != "no-mapping.csv") upload = upload with { TextColumns = "texto", IdColumn = "id" };
        var response = await _documents.UploadAsync(upload);
        Assert.Equal((int)HttpStatusCode.Accepted, response.StatusCode);
        var id = response.Result.Document_id;

        var document = await _documents.WaitUntilSettledAsync(id, TimeSpan.FromMinutes(2));

        Assert.Equal(DocumentStatus.Failed, document.Status);
        Assert.Contains(reasonContains, document.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM chunks WHERE document_id = $1", id));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM chunk_vectors WHERE document_id = $1", id));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM upload_blocks WHERE document_id = $1", id));
    }

    private async Task<List<string>> SearchAsync(string collection, string query) =>
        (await new RagQaApiClient(fixture.Api).SearchChunksAsync(new SearchRequest { Query = query, Collection = collection, Top_k = 5 }))
            .Results.Select(r => r.Source_id).ToList();

    private async Task<long> CountAsync(string sql, Guid? documentId = null)
    {
        await using var connection = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync("ragqa"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (documentId is not null) command.Parameters.Add(new NpgsqlParameter { Value = documentId.Value });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
