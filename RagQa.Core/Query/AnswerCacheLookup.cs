using RagQa.Core.Answering;
using RagQa.Core.Caching;

namespace RagQa.Core.Query;

/// <summary>Looks the context's answer up in the semantic cache by its <see cref="QueryContext.CacheKey"/> (<c>cache_lookup</c>).</summary>
public sealed class AnswerCacheLookup(SemanticAnswerCache cache)
{
    /// <returns>Whether the cache answered; the answer and its confidence are then in the context.</returns>
    public async Task<bool> TryAnswerAsync(QueryContext context, CancellationToken cancellationToken)
    {
        using var span = QueryTracing.Source.StartActivity("cache_lookup");
        var cached = await cache.GetAsync(context.CacheKey!, cancellationToken);
        span?.SetTag("ragqa.cache_hit", cached is not null);
        if (cached is null) return false;
        context.Answer = CachedAnswers.ToComposed(cached, ClassifiedQuestion.Name(context.Question.Intent), LanguageDetector.Code(context.Question.Language));
        context.Confidence = cached.Confidence;
        return true;
    }
}
