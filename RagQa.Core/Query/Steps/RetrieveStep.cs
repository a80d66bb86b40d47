using Microsoft.Extensions.Options;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Retrieval;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// A specific question (or one about the whole collection with nothing to count) is answered from hybrid retrieval
/// (<c>embed_query</c>, <c>vector_search</c>, <c>rerank</c>), then looked up in the cache by what was retrieved. A
/// question of unsure scope that no review shares a word with gets the out-of-scope answer.
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
        if (context.Scope == QuestionScope.Unsure && !retrieved.Chunks.Any(c => c.LexicalRank is not null))
        {
            // Nothing in the question names what reviews talk about, and no review shares a word with it.
            AnswerOutOfScopeStep.Answer(context, answerOptions.Value.OutOfScopeConfidence, metrics);
            return;
        }
        context.Prepared = new PreparedSources(AnswerSources.FromRetrieved(query.Question, retrieved.Chunks, query.TopK), retrieved.Chunks);
        context.CacheKey = await keys.ForRetrievedAsync(query, retrieved, cancellationToken);
        await lookup.TryAnswerAsync(context, cancellationToken);
    }
}
