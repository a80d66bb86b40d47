using RagQa.Core.Caching;

namespace RagQa.Core.Query.Steps;

/// <summary>A newly composed answer goes into the semantic cache under its key, for the next asker of the same question.</summary>
public sealed class CacheAnswerStep(SemanticAnswerCache cache) : IQueryStep
{
    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var answer = context.Answer!;
        // A cache hit is there already; an out-of-scope answer is not worth a key.
        if (answer.CacheHit || context.CacheKey is null) return;
        await cache.SetAsync(context.CacheKey!, new CachedAnswer(answer.Text, answer.Mode, answer.Citations, context.Confidence, answer.Model, answer.Kind, answer.Analysis),
            cancellationToken);
    }
}
