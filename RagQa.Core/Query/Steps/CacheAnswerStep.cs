using RagQa.Core.Caching;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// A newly composed answer goes into the cache under its key, for the next asker of the same question, and under the
/// question's <see cref="ExactQuestionKey"/> so the API can answer an exact repeat without the worker. An answer the
/// semantic tier gave to a new wording gets that wording's exact-repeat entry only: without it, every repeat of the
/// wording would cross RabbitMQ to the worker for the same hit.
/// </summary>
public sealed class CacheAnswerStep(SemanticAnswerCache cache) : IQueryStep
{
    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var answer = context.Answer!;
        // An out-of-scope answer is not worth a key.
        if (context.CacheKey is null) return;
        var query = context.Query;
        var exactRepeat = ExactQuestionKey.For(query.Question, query.Collection, query.Filter, query.TopK);
        var cached = CachedAnswers.From(answer, context.Confidence);
        if (answer.CacheHit) await cache.SetExactRepeatAsync(context.CacheKey, cached, exactRepeat, cancellationToken);
        else await cache.SetAsync(context.CacheKey, cached, exactRepeat, cancellationToken);
    }
}
