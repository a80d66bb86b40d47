using RagQa.Core.Caching;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// A newly composed answer goes into the cache under its key, for the next asker of the same question, and under the
/// question's <see cref="ExactQuestionKey"/> so the API can answer an exact repeat without the worker.
/// </summary>
public sealed class CacheAnswerStep(SemanticAnswerCache cache) : IQueryStep
{
    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var answer = context.Answer!;
        // A cache hit is there already; an out-of-scope answer is not worth a key.
        if (answer.CacheHit || context.CacheKey is null) return;
        var query = context.Query;
        await cache.SetAsync(context.CacheKey, CachedAnswers.From(answer, context.Confidence),
            ExactQuestionKey.For(query.Question, query.Collection, query.Filter, query.TopK), cancellationToken);
    }
}
