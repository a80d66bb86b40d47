using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using RagQa.Core.Answering;
using RagQa.Core.Caching;
using RagQa.Core.Embeddings;
using RagQa.Core.Retrieval;
using RagQa.Core.Text;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Query;

/// <summary>
/// The cache keys of answers. An aggregate answer's key is what is counted (exact when the answer is extractive,
/// with the question's embedding when a chat model writes it, since the model reads the wording too); a specific
/// answer's key is the question's embedding and what was retrieved. Both include the models that made them.
/// </summary>
public sealed class AnswerCacheKeys(
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    EmbeddingModelInfo embeddingModel,
    IOptions<AnswerOptions> answerOptions,
    ChatAnswerGenerator? chat = null)
{
    public async Task<AnswerCacheKey> ForAggregateAsync(NewQuery query, ClassifiedQuestion question, VectorFilter? filter, CancellationToken cancellationToken)
    {
        var settings = answerOptions.Value;
        var embedding = chat is null ? ReadOnlyMemory<float>.Empty : await EmbedQuestionAsync(query.Question, cancellationToken);
        var counting = $"{settings.MaxThemes}|{settings.ExamplesPerTheme}|{settings.ComplaintMaxScore}|{settings.PraiseMinScore}";
        return AnswerCacheKey.ForAggregate(query.Collection, filter, query.TopK, ModelId(), question, counting, embedding);
    }

    public async Task<AnswerCacheKey> ForRetrievedAsync(NewQuery query, RetrievalResult retrieved, CancellationToken cancellationToken)
    {
        var embedding = retrieved.QueryEmbedding ?? await EmbedQuestionAsync(query.Question, cancellationToken);
        return AnswerCacheKey.For(query.Collection, retrieved.Filter, query.TopK, ModelId(), embedding, retrieved.Chunks);
    }

    /// <summary>Answers depend on both models: a change of either must not serve an old answer.</summary>
    private string ModelId() => $"{embeddingModel.ModelId}|{EnumText.Of(answerOptions.Value.Provider)}:{answerOptions.Value.ModelId}";

    /// <summary>The question's embedding: the semantic cache matches near-identical questions by it.</summary>
    private async Task<ReadOnlyMemory<float>> EmbedQuestionAsync(string question, CancellationToken cancellationToken)
    {
        using var span = QueryTracing.Source.StartActivity("embed_query");
        return (await embeddings.GenerateAsync([question], EmbeddingInput.ForQueries(), cancellationToken))[0].Vector;
    }
}
