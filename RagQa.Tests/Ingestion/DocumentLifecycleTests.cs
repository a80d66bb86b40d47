using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using RagQa.Core.Audit;
using RagQa.Core.Chunks;
using RagQa.Core.Documents;
using RagQa.Core.Embeddings;
using RagQa.Core.Guardrails;
using RagQa.Core.Ingestion;
using RagQa.Core.Ingestion.Parsing;
using RagQa.Core.Messaging;
using RagQa.Core.Retrieval;
using RagQa.Core.Retrieval.Lexicons;
using RagQa.Core.VectorStore;
using RagQa.Tests.Audit;
using RagQa.Tests.Caching;
using RagQa.Tests.Infrastructure;
using RagQa.Tests.VectorStore;
using StackExchange.Redis;

namespace RagQa.Tests.Ingestion;

/// <summary>
/// A document's way through intake, the ingest handler and the embed handler on a real, migrated Postgres (messages are
/// recorded, not sent): each stage is written as <see cref="DocumentStateMachine"/> allows, and a stale or redelivered
/// message never moves a document back.
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed class DocumentLifecycleTests(LocalServers servers) : IAsyncLifetime
{
    private const string Collection = "product_docs";
    private static readonly MessageContext Delivery = new("m-1", null, null, Attempt: 1);

    private readonly RecordingPublisher publisher = new();
    private NpgsqlDataSource dataSource = null!;
    private ConnectionMultiplexer redis = null!;
    private ServiceProvider services = null!;

    private DocumentStore Documents => services.GetRequiredService<DocumentStore>();

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(await VectorStoreTestSupport.MigratedDatabaseAsync(servers));
        redis = await ConnectionMultiplexer.ConnectAsync(servers.RedisConnectionString);
        var embeddings = new HashingEmbeddingGenerator();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton(dataSource).AddSingleton(TimeProvider.System).AddSingleton(PiiRedactor.Default)
            .AddSingleton<IMessagePublisher>(publisher).AddSingleton<IAuditTrail>(new RecordingAuditTrail())
            .AddSingleton(Options.Create(new IngestionOptions { EmbedBatchSize = 2, MaxCsvFieldChars = 1000 }))
            .AddSingleton(Options.Create(new MessagingOptions()))
            .AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(embeddings).AddSingleton(embeddings.GetService<EmbeddingModelInfo>()!)
            .AddSingleton<IVectorStore>(VectorStoreTestSupport.EmbeddedStore(dataSource))
            .AddSingleton(RetrievalLexicons.Load(new LexiconOptions(), new RetrievalOptions(), queryExpansion: false))
            .AddSingleton(CacheTestSupport.Cache(redis))
            .AddSingleton<DocumentStore>().AddSingleton<ChunkStore>().AddSingleton<DocumentIntake>()
            .AddMetrics().AddSingleton<IngestionMetrics>()
            .AddSingleton<IngestDocumentHandler>().AddSingleton<EmbedBatchHandler>();
        collection.AddRagQaDocumentParsing();
        services = collection.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await redis.DisposeAsync();
        await dataSource.DisposeAsync();
    }

    [Fact]
    public async Task An_upload_is_queued_parsed_into_chunks_embedded_in_batches_and_indexed()
    {
        var accepted = await UploadAsync(Reviews("Chegou quebrado.", "Entrega rápida, recomendo.", "Não gostei da cor."));
        Assert.True(accepted.Created);
        Assert.Equal(DocumentStatus.Queued, accepted.Document.Status);

        await IngestAsync(accepted.Document.Id);
        var embedding = await GetAsync(accepted.Document.Id);
        Assert.Equal(DocumentStatus.Embedding, embedding.Status);
        Assert.Equal(3, embedding.ChunksTotal);
        Assert.Equal(0, await UploadBlocksAsync(accepted.Document.Id));
        var batches = publisher.Messages.OfType<EmbedBatch>().ToList();
        Assert.Equal([2, 1], batches.Select(b => b.ChunkIds.Count));

        await EmbedAsync(batches[0]);
        Assert.Equal(DocumentStatus.Embedding, (await GetAsync(accepted.Document.Id)).Status);
        await EmbedAsync(batches[1]);
        var indexed = await GetAsync(accepted.Document.Id);
        Assert.Equal(DocumentStatus.Indexed, indexed.Status);
        Assert.Equal(3, indexed.ChunksEmbedded);
        Assert.NotNull(indexed.IndexedAt);
        Assert.Equal(1.0, indexed.Progress);
        // Each chunk also has the vector of its English gloss (the gloss lever is on by default).
        var model = services.GetRequiredService<EmbeddingModelInfo>();
        var space = new VectorSpace(Collection, model.ModelId, model.Dimensions);
        Assert.Equal(3, await services.GetRequiredService<IVectorStore>().CountAsync(space, CancellationToken.None));
        Assert.Equal(3, await services.GetRequiredService<IVectorStore>().CountAsync(EnglishGlosser.SpaceOf(space), CancellationToken.None));
    }

    [Fact]
    public async Task Stale_and_redelivered_messages_never_move_a_document_back()
    {
        var id = (await UploadAsync(Reviews("Chegou quebrado.", "Entrega rápida, recomendo.", "Não gostei da cor."))).Document.Id;
        await IngestAsync(id);

        // A delivery that read the document as queued, and only now starts parsing, changes nothing.
        Assert.False(await Documents.ApplyAsync(id, DocumentTransition.Parse, null, CancellationToken.None));
        Assert.Equal(DocumentStatus.Embedding, (await GetAsync(id)).Status);

        // A redelivered ingest message sends the pending batches again and leaves the chunks as they are.
        await IngestAsync(id);
        Assert.Equal(DocumentStatus.Embedding, (await GetAsync(id)).Status);
        var batches = publisher.Messages.OfType<EmbedBatch>().ToList();
        Assert.Equal(4, batches.Count);
        foreach (var batch in batches) await EmbedAsync(batch);

        var indexed = await GetAsync(id);
        Assert.Equal(DocumentStatus.Indexed, indexed.Status);
        Assert.Equal(3, indexed.ChunksEmbedded);
        await IngestAsync(id);
        Assert.False(await Documents.ApplyAsync(id, DocumentTransition.Fail, "too late", CancellationToken.None));
        Assert.Equal(indexed, await GetAsync(id));
    }

    [Fact]
    public async Task An_unreadable_upload_fails_with_its_reason_and_stays_failed()
    {
        var id = (await UploadAsync(Reviews("", " "))).Document.Id;

        await IngestAsync(id);

        var failed = await GetAsync(id);
        Assert.Equal(DocumentStatus.Failed, failed.Status);
        Assert.Equal("The file has no records with text.", failed.Error);
        Assert.Equal(0, await UploadBlocksAsync(id));
        Assert.False(await Documents.ApplyAsync(id, DocumentTransition.Parse, null, CancellationToken.None));
        Assert.False(await Documents.ApplyAsync(id, DocumentTransition.Fail, "another reason", CancellationToken.None));
        Assert.Equal(failed, await GetAsync(id));
    }

    [Fact]
    public async Task A_field_past_the_configured_limit_fails_the_document_with_its_code_and_deletes_the_upload()
    {
        var id = (await UploadAsync(Reviews("Chegou quebrado.", new string('x', 5000)))).Document.Id;

        await IngestAsync(id);

        var failed = await GetAsync(id);
        Assert.Equal(DocumentStatus.Failed, failed.Status);
        Assert.StartsWith(DocumentLimitExceededException.CsvFieldTooLarge + ": ", failed.Error);
        Assert.Contains("Ingestion:MaxCsvFieldChars", failed.Error);
        Assert.Equal(0, await UploadBlocksAsync(id));
    }

    [Fact]
    public async Task The_same_bytes_again_resolve_to_the_queued_document_and_send_it_again()
    {
        var first = await UploadAsync(Reviews("Chegou quebrado."));
        var again = await UploadAsync(Reviews("Chegou quebrado."));

        Assert.False(again.Created);
        Assert.Equal(first.Document, again.Document);
        Assert.Equal([first.Document.Id, first.Document.Id], publisher.Messages.OfType<IngestDocument>().Select(m => m.DocumentId));
    }

    [Fact]
    public async Task Documents_are_listed_and_counted_by_stage()
    {
        var queued = (await UploadAsync(Reviews("Chegou quebrado."))).Document.Id;
        var failed = (await UploadAsync(Reviews(""))).Document.Id;
        await IngestAsync(failed);

        var counts = await Documents.CountByStatusAsync(CancellationToken.None);
        Assert.Equal(Enum.GetValues<DocumentStatus>(), counts.Keys.Order());
        Assert.Equal(1, counts[DocumentStatus.Queued]);
        Assert.Equal(1, counts[DocumentStatus.Failed]);
        Assert.Equal(0, counts[DocumentStatus.Indexed]);
        Assert.Equal([failed], (await Documents.ListAsync(Collection, DocumentStatus.Failed, 0, 10, CancellationToken.None)).Select(d => d.Id));
        Assert.Equal([failed, queued], (await Documents.ListAsync(null, null, 0, 10, CancellationToken.None)).Select(d => d.Id));
    }

    private static string Reviews(params string[] texts) =>
        "id,body\n" + string.Concat(texts.Select((text, i) => $"r{i},\"{text}\"\n"));

    private async Task<IntakeResult> UploadAsync(string csv) =>
        await services.GetRequiredService<DocumentIntake>().AcceptAsync(
            new IntakeRequest(Collection, "reviews.csv", "text/csv", new Dictionary<string, string> { ["text_columns"] = "body", ["id_column"] = "id" }),
            new MemoryStream(Encoding.UTF8.GetBytes(csv)), CancellationToken.None);

    private Task IngestAsync(Guid documentId) =>
        services.GetRequiredService<IngestDocumentHandler>().HandleAsync(new IngestDocument(documentId), Delivery, CancellationToken.None);

    private Task EmbedAsync(EmbedBatch batch) =>
        services.GetRequiredService<EmbedBatchHandler>().HandleAsync(batch, Delivery, CancellationToken.None);

    private async Task<DocumentRecord> GetAsync(Guid documentId) =>
        await Documents.GetAsync(documentId, CancellationToken.None) ?? throw new InvalidOperationException($"Document {documentId} is gone.");

    private async Task<long> UploadBlocksAsync(Guid documentId)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM upload_blocks WHERE document_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = documentId });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
