using Microsoft.Extensions.Options;
using RagQa.Core.Answering;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// An analytical question or a list of themes is looked up in the cache by what is counted, before the counts, which
/// are the costly part. (A specific question is looked up after retrieval: its key is what was retrieved.)
/// </summary>
public sealed class LookUpAggregateAnswerStep(AnswerCacheKeys keys, AnswerCacheLookup lookup, IOptions<AnswerOptions> answerOptions) : IQueryStep
{
    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        if (context.IsAnswered) return;
        var (shape, filter) = context.Plan is { } plan ? (AnswerCacheKeys.AnalysisShape(plan), context.Query.Filter)
            : context.Question.IsAggregate ? (AnswerCacheKeys.ThemesShape(context.Question, answerOptions.Value, context.ThemePeriod, context.ThemeMention, context.ThemeExcept), context.Filter)
            : (null, null);
        if (shape is null) return;
        context.CacheKey = await keys.ForAggregateAsync(context.Query, shape, filter, cancellationToken);
        await lookup.TryAnswerAsync(context, cancellationToken);
    }
}
