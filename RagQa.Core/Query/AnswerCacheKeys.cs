using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using RagQa.Core.Analytics;
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
    /// <summary>The key of a theme breakdown or an analytical answer, by what is counted (<see cref="ThemesShape"/>, <see cref="AnalysisShape"/>).</summary>
    public async Task<AnswerCacheKey> ForAggregateAsync(NewQuery query, string shape, VectorFilter? filter, CancellationToken cancellationToken)
    {
        var embedding = chat is null ? ReadOnlyMemory<float>.Empty : await EmbedQuestionAsync(query.Question, cancellationToken);
        return AnswerCacheKey.ForAggregate(query.Collection, filter, ModelId(), shape, embedding);
    }

    /// <summary>
    /// What a theme breakdown counts: intent, language, polarity, a period counted back from the newest review (fixed
    /// periods are in the filter), the words every review counted mentions, the reviews set aside, and the settings that
    /// change the counts.
    /// </summary>
    public static string ThemesShape(
        ClassifiedQuestion question, AnswerOptions settings, ReviewPeriod? countedBack = null, ThemeMention? mention = null, ReviewCondition? except = null) =>
        string.Join("|",
            "themes", ClassifiedQuestion.Name(question.Intent), LanguageDetector.Code(question.Language), question.Polarity,
            settings.MaxThemes, settings.ExamplesPerTheme, settings.ComplaintMaxScore, settings.PraiseMinScore,
            countedBack is null ? "" : JsonSerializer.Serialize(countedBack, AnalysisJson.Options),
            mention is null ? "" : string.Join(",", mention.Stems) + (mention.Any ? "|any/" : "/") + string.Join(",", mention.Written),
            except is null ? "" : JsonSerializer.Serialize(except, AnalysisJson.Options));

    /// <summary>What an analytical answer counts: the whole plan, its unused words and doubts included (they change the text).</summary>
    public static string AnalysisShape(AnalysisPlan plan) => "analysis|" + JsonSerializer.Serialize(plan, AnalysisJson.Options);

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
