using Microsoft.Extensions.Options;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Retrieval;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// A specific question (or one about the whole collection with nothing to count) is answered from hybrid retrieval
/// (<c>embed_query</c>, <c>vector_search</c>, <c>rerank</c>), then looked up in the cache by what was retrieved. A
/// question of unsure scope that shares fewer than two words with every review gets the out-of-scope answer.
/// </summary>
public sealed class RetrieveStep(
    HybridRetriever retriever, AnswerCacheKeys keys, AnswerCacheLookup lookup, QueryMetrics metrics, IOptions<AnswerOptions> answerOptions) : IQueryStep
{
    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        if (context.IsAnswered || context.Prepared is not null) return;
        var query = context.Query;
        context.Question = context.Question with { Intent = QuestionIntent.Specific };
        var retrieved = await retriever.RetrieveAsync(new RetrievalRequest(query.Collection, query.Question, query.TopK, query.Filter), cancellationToken);
        if (context.Scope == QuestionScope.Unsure && !SharesWordsWithAReview(query.Question, retrieved.Chunks))
        {
            // Nothing in the question names what reviews talk about, and no review shares enough of its words.
            AnswerOutOfScopeStep.Answer(context, answerOptions.Value.UnsureOutOfScopeConfidence, metrics);
            return;
        }
        context.Prepared = new PreparedSources(AnswerSources.FromRetrieved(query.Question, retrieved.Chunks, query.TopK), retrieved.Chunks);
        context.CacheKey = await keys.ForRetrievedAsync(query, retrieved, cancellationToken);
        await lookup.TryAnswerAsync(context, cancellationToken);
    }

    /// <summary>
    /// A question about one review repeats several of its words ("revestimento de parede em duas unidades"); one word in
    /// common ("como está o tempo hoje?" and a review that arrived "antes do tempo") is chance.
    /// </summary>
    public static bool SharesWordsWithAReview(string question, IReadOnlyList<RetrievedChunk> chunks)
    {
        var asked = ContentTerms.Of(question).ToHashSet(StringComparer.Ordinal);
        var needed = Math.Min(MinSharedWords, asked.Count);
        return needed > 0 && chunks.Any(c => c.LexicalRank is not null && ContentTerms.Of(c.Chunk.Text).Distinct().Count(asked.Contains) >= needed);
    }

    private const int MinSharedWords = 2;
}
