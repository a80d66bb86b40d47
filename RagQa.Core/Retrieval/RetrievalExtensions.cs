using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using RagQa.Core.Chunks;
using RagQa.Core.Embeddings;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Retrieval;

/// <summary>
/// Registers hybrid retrieval (<see cref="HybridRetriever"/>) with what it reads: the embedding model, the vector
/// store, the chunks and Postgres full-text search, and the validated <see cref="RetrievalOptions"/>.
/// </summary>
public static class RetrievalExtensions
{
    public static IHostApplicationBuilder AddRagQaRetrieval(this IHostApplicationBuilder builder)
    {
        builder.AddRagQaEmbeddings();
        builder.AddRagQaVectorStore();
        builder.Services.AddOptions<RetrievalOptions>().BindConfiguration(RetrievalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton<ChunkStore>();
        builder.Services.AddSingleton<LexicalSearcher>();
        builder.Services.AddSingleton<HybridRetriever>();
        return builder;
    }
}
