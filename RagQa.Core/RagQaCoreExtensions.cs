using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RagQa.Core.Access;
using RagQa.Core.Answering;
using RagQa.Core.Audit;
using RagQa.Core.Caching;
using RagQa.Core.Chunks;
using RagQa.Core.Collections;
using RagQa.Core.Data;
using RagQa.Core.Documents;
using RagQa.Core.Embeddings;
using RagQa.Core.Escalation;
using RagQa.Core.Guardrails;
using RagQa.Core.Ingestion;
using RagQa.Core.Ingestion.Parsing;
using RagQa.Core.Messaging;
using RagQa.Core.Query;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;

namespace RagQa.Core;

/// <summary>Registers what every RagQa service shares: connections (by their Aspire names), stores, messaging, embeddings, vectors.</summary>
public static class RagQaCoreExtensions
{
    public const string DatabaseConnectionName = "ragqa";
    public const string RabbitMqConnectionName = "rabbitmq";
    public const string RedisConnectionName = "redis";

    public static IHostApplicationBuilder AddRagQaCore(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDataSource(DatabaseConnectionName);
        builder.AddRabbitMQClient(RabbitMqConnectionName);
        builder.AddRedisClient(RedisConnectionName);
        builder.AddRagQaMessaging();
        builder.AddRagQaEmbeddings();
        builder.AddRagQaAnswering();
        builder.AddRagQaVectorStore();
        builder.AddRagQaDocumentParsing();
        builder.AddRagQaAnswerCache();
        builder.AddRagQaEscalation();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<QueryOptions>().BindConfiguration(QueryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RetrievalOptions>().BindConfiguration(RetrievalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(PiiRedactor.Default);
        builder.Services.AddSingleton(PromptInjectionDetector.Default);
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddSingleton<DocumentStore>();
        builder.Services.AddSingleton<DocumentIntake>();
        builder.Services.AddSingleton<DocumentDeletion>();
        builder.Services.AddSingleton<CollectionStore>();
        builder.Services.AddSingleton<ChunkStore>();
        builder.Services.AddSingleton<CitationStore>();
        builder.Services.AddSingleton<QueryStore>();
        builder.Services.AddSingleton<LexicalSearcher>();
        builder.Services.AddSingleton<HybridRetriever>();
        builder.Services.AddSingleton<IAuditTrail, AuditTrail>();
        builder.Services.AddSingleton<AuditStore>();
        builder.Services.AddSingleton<ApiKeyStore>();
        return builder;
    }
}
