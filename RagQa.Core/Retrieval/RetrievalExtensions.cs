using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RagQa.Core.Chunks;
using RagQa.Core.Embeddings;
using RagQa.Core.Retrieval.Lexicons;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Retrieval;

/// <summary>
/// Registers hybrid retrieval (<see cref="HybridRetriever"/>) with what it reads: the embedding model, the vector
/// store, the chunks and Postgres full-text search, the word lists of the levers switched on, and the validated <see cref="RetrievalOptions"/>.
/// </summary>
public static class RetrievalExtensions
{
    public static IHostApplicationBuilder AddRagQaRetrieval(this IHostApplicationBuilder builder)
    {
        builder.AddRagQaEmbeddings();
        builder.AddRagQaVectorStore();
        AddRetrievalLexicons(builder.Services, queryExpansion: true);
        builder.Services.TryAddSingleton<ChunkStore>();
        builder.Services.AddSingleton<LexicalSearcher>();
        builder.Services.AddSingleton<HybridRetriever>();
        return builder;
    }

    /// <summary>
    /// <see cref="RetrievalOptions"/> and the word lists of the levers they switch on, for the query side and for the
    /// embed worker, which writes the gloss vectors the query side searches.
    /// </summary>
    public static void AddRetrievalLexicons(IServiceCollection services, bool queryExpansion)
    {
        services.AddOptions<RetrievalOptions>().BindConfiguration(RetrievalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LexiconOptions>().BindConfiguration(LexiconOptions.Section);
        services.TryAddSingleton(provider => RetrievalLexicons.Load(
            provider.GetRequiredService<IOptions<LexiconOptions>>().Value, provider.GetRequiredService<IOptions<RetrievalOptions>>().Value, queryExpansion));
    }
}
