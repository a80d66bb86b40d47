using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RagQa.Core;
using RagQa.Core.Ingestion;
using RagQa.Core.Query;
using RagQa.Core.VectorStore;
using StackExchange.Redis;

namespace RagQa.Tests.Architecture;

/// <summary>
/// Each worker registers what its handler needs and nothing of a backing service it does not use: the container
/// is validated on build (every constructor resolvable) without connecting to anything.
/// </summary>
public sealed class ProcessRegistrationTests
{
    [Fact]
    public void The_ingest_worker_resolves_its_handler_without_embeddings_vectors_or_redis()
    {
        using var host = Build(builder => builder.AddIngestion());

        Assert.True(Has<IngestDocumentHandler>(host));
        Assert.False(Has<IEmbeddingGenerator<string, Embedding<float>>>(host));
        Assert.False(Has<IVectorStore>(host));
        Assert.False(Has<IConnectionMultiplexer>(host));
    }

    [Fact]
    public void The_embed_worker_resolves_its_handler_with_redis_for_the_answer_cache()
    {
        using var host = Build(builder => builder.AddRagQaRedis().AddEmbedding());

        Assert.True(Has<EmbedBatchHandler>(host));
        Assert.True(Has<IVectorStore>(host));
        Assert.False(Has<IngestDocumentHandler>(host));
    }

    [Fact]
    public void The_query_worker_resolves_its_handler_and_steps()
    {
        using var host = Build(builder => builder.AddRagQaRedis().AddQueryPipeline());

        Assert.True(Has<ProcessQueryHandler>(host));
        Assert.True(Has<QueryPipeline>(host));
        Assert.False(Has<QuestionIntake>(host));
    }

    private static IHost Build(Action<IHostApplicationBuilder> addProcess)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ragqa"] = "Host=127.0.0.1;Database=ragqa;Username=u;Password=p",
            ["ConnectionStrings:rabbitmq"] = "amqp://guest:guest@127.0.0.1:5672",
            ["ConnectionStrings:redis"] = "127.0.0.1:6379",
        });
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        builder.AddRagQaCore();
        addProcess(builder);
        return builder.Build();
    }

    private static bool Has<T>(IHost host) => host.Services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(T));
}
