namespace RagQa.Core.Query.Steps;

/// <summary>
/// A question about the whole collection is looked up in the cache by what is counted, before the counts, which
/// are the costly part. (A specific question is looked up after retrieval: its key is what was retrieved.)
/// </summary>
public sealed class LookUpAggregateAnswerStep(AnswerCacheKeys keys, AnswerCacheLookup lookup) : IQueryStep
{
    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        if (!context.Question.IsAggregate) return;
        context.CacheKey = await keys.ForAggregateAsync(context.Query, context.Question, context.Filter, cancellationToken);
        await lookup.TryAnswerAsync(context, cancellationToken);
    }
}
