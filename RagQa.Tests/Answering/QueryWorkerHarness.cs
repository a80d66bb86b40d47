using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using RagQa.Core.Analytics;
using RagQa.Core.Analytics.Tools;
using RagQa.Core.Answering;
using RagQa.Core.Audit;
using RagQa.Core.Caching;
using RagQa.Core.Chunks;
using RagQa.Core.Embeddings;
using RagQa.Core.Escalation;
using RagQa.Core.Guardrails;
using RagQa.Core.Messaging;
using RagQa.Core.Query;
using RagQa.Core.Retrieval;
using RagQa.Core.Retrieval.Lexicons;
using RagQa.Core.VectorStore;
using RagQa.Tests.Audit;
using RagQa.Tests.Caching;
using RagQa.Tests.VectorStore;
using StackExchange.Redis;

namespace RagQa.Tests.Answering;

/// <summary>
/// A <see cref="ProcessQueryHandler"/> over a real database, with the query worker's own steps in their order, with the
/// dependency-free hashing embedder (no vectors are stored, so retrieval is effectively lexical).
/// </summary>
internal sealed class QueryWorkerHarness : IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource;
    private readonly NpgsqlDataSource statisticsSource;
    private readonly HashingEmbeddingGenerator embeddings = new();
    private readonly PostgresVectorStore vectors;
    private readonly ConnectionMultiplexer redis;
    private readonly ServiceProvider provider;

    /// <param name="cacheEnabled">Off by default, so that asking the same question twice exercises the pipeline twice.</param>
    /// <param name="toolModel">A chat model that answers analytical questions with the analysis tools (<see cref="AnalysisToolAnswerer"/>).</param>
    public QueryWorkerHarness(string connectionString, string redisConnectionString, ChatAnswerGenerator? chat = null,
        string? statisticsConnectionString = null, int maxAttempts = 3, bool cacheEnabled = false, IChatClient? toolModel = null)
    {
        redis = ConnectionMultiplexer.Connect(redisConnectionString);
        Cache = CacheTestSupport.Cache(redis, new CacheOptions { Enabled = cacheEnabled });
        dataSource = NpgsqlDataSource.Create(connectionString);
        statisticsSource = NpgsqlDataSource.Create(statisticsConnectionString ?? connectionString);
        vectors = VectorStoreTestSupport.EmbeddedStore(dataSource);
        Queries = new QueryStore(dataSource, new CitationStore(dataSource), TimeProvider.System);
        Escalations = new EscalationStore(dataSource, new CitationStore(dataSource), TimeProvider.System, CacheTestSupport.MeterFactory(), NullLogger<EscalationStore>.Instance);
        var retriever = new HybridRetriever(embeddings, embeddings.GetService<EmbeddingModelInfo>()!, vectors, new LexicalSearcher(dataSource),
            new ChunkStore(dataSource), RetrievalLexicons.None, Options.Create(new RetrievalOptions()));
        // The worker's own step list (QueryPipelineExtensions.AddSteps) over these real stores.
        var services = new ServiceCollection()
            .AddSingleton(Queries).AddSingleton(Escalations).AddSingleton(Cache).AddSingleton(retriever)
            .AddSingleton(new ReviewStatistics(statisticsSource)).AddSingleton(new ReviewAnalytics(statisticsSource, new ChunkStore(statisticsSource)))
            .AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(embeddings).AddSingleton(embeddings.GetService<EmbeddingModelInfo>()!)
            .AddSingleton<IReplySender>(Replies).AddSingleton<IAuditTrail>(Audit).AddSingleton(PiiRedactor.Default).AddSingleton(TimeProvider.System)
            .AddSingleton(Options.Create(new AnswerOptions())).AddSingleton(Options.Create(new EscalationOptions()))
            .AddSingleton(Options.Create(new MessagingOptions { MaxAttempts = maxAttempts }))
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddMetrics().AddSingleton<QueryMetrics>()
            .AddSingleton<AnswerCacheKeys>().AddSingleton<AnswerCacheLookup>().AddSingleton<AutomaticEscalation>()
            .AddSingleton<ProcessQueryHandler>()
            .AddMetrics();
        if (chat is not null) services.AddSingleton(chat);
        if (toolModel is not null) services.AddSingleton(toolModel).AddSingleton<AnalysisToolAnswerer>().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        QueryPipelineExtensions.AddSteps(services);
        provider = services.BuildServiceProvider();
        Handler = provider.GetRequiredService<ProcessQueryHandler>();
    }

    public QueryStore Queries { get; }

    public EscalationStore Escalations { get; }

    public SemanticAnswerCache Cache { get; }

    public RecordingReplySender Replies { get; } = new();

    public RecordingAuditTrail Audit { get; } = new();

    public ProcessQueryHandler Handler { get; }

    public NpgsqlDataSource DataSource => dataSource;

    /// <summary>The meters the worker's own instruments are created from, for a test to collect.</summary>
    public IMeterFactory Meters => provider.GetRequiredService<IMeterFactory>();

    /// <summary>Stores the question as POST /query does and runs the handler on it as delivery <paramref name="attempt"/>.</summary>
    public async Task<Guid> AskAsync(string question, int attempt = 1, int topK = 5, VectorFilter? filter = null)
    {
        var queryId = Guid.CreateVersion7();
        await Queries.CreateAsync(new NewQuery(queryId, question, OlistSampleDatabase.Collection, topK, filter, null), CancellationToken.None);
        await Handler.HandleAsync(new ProcessQuery(queryId), new MessageContext("m-" + queryId, queryId.ToString(), "reply-queue", attempt), CancellationToken.None);
        return queryId;
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        vectors.Dispose();
        embeddings.Dispose();
        await statisticsSource.DisposeAsync();
        await dataSource.DisposeAsync();
        await redis.DisposeAsync();
    }
}
