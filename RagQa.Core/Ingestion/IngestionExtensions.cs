using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using RagQa.Core.Audit;
using RagQa.Core.Caching;
using RagQa.Core.Chunks;
using RagQa.Core.Documents;
using RagQa.Core.Embeddings;
using RagQa.Core.Ingestion.Parsing;
using RagQa.Core.Messaging;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Ingestion;

/// <summary>The upload use case, one part per process: the api's intake, the ingest worker and the embed worker.</summary>
public static class IngestionExtensions
{
    /// <summary>
    /// The api's side: uploads streamed into Postgres and announced on the ingest queue, document status, and
    /// deletion (which also removes vectors and cached answers, so it needs the vector store and Redis).
    /// </summary>
    public static IHostApplicationBuilder AddDocumentIntake(this IHostApplicationBuilder builder)
    {
        AddIngestionOptions(builder.Services);
        builder.AddRagQaVectorStore();
        builder.AddRagQaAnswerCache();
        builder.Services.TryAddSingleton<DocumentStore>();
        builder.Services.AddSingleton<DocumentIntake>();
        builder.Services.AddSingleton<DocumentDeletion>();
        return builder;
    }

    /// <summary>
    /// The ingest worker: the ingest queue → parse → redact → chunk → store chunks → embed batches. It uses neither
    /// the embedding model, the vector store nor Redis.
    /// </summary>
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        AddIngestionOptions(builder.Services);
        builder.AddRagQaDocumentParsing();
        builder.AddRagQaAuditTrail();
        builder.Services.TryAddSingleton<DocumentStore>();
        builder.Services.TryAddSingleton<ChunkStore>();
        builder.Services.AddSingleton<IngestionMetrics>();
        builder.Services.AddMessageHandler<IngestDocument, IngestDocumentHandler>(QueueNames.Ingest);
        return builder;
    }

    /// <summary>
    /// The embed worker: the embed queue → embed (the texts, and their English glosses when <see cref="RetrievalOptions.GlossWeight"/>
    /// is on) → upsert vectors → advance the document; indexing a document
    /// empties its collection's cached answers (Redis).
    /// </summary>
    public static IHostApplicationBuilder AddEmbedding(this IHostApplicationBuilder builder)
    {
        builder.AddRagQaEmbeddings();
        builder.AddRagQaVectorStore();
        builder.AddRagQaAnswerCache();
        builder.Services.TryAddSingleton<ChunkStore>();
        builder.Services.AddSingleton<IngestionMetrics>();
        RetrievalExtensions.AddRetrievalLexicons(builder.Services, queryExpansion: false);
        builder.Services.AddMessageHandler<EmbedBatch, EmbedBatchHandler>(QueueNames.Embed);
        return builder;
    }

    private static void AddIngestionOptions(IServiceCollection services) =>
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
}
