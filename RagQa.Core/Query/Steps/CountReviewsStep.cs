using Microsoft.Extensions.Options;
using RagQa.Core.Answering;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// Answers a question about the whole collection from counts over every matching review (<c>aggregate_reviews</c>):
/// themes of complaints or praise, or how many reviews mention a subject. When nothing is in scope to count, the
/// question is treated as a specific one and retrieval answers it.
/// </summary>
public sealed class CountReviewsStep(ReviewStatistics statistics, IOptions<AnswerOptions> answerOptions) : IQueryStep
{
    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        if (context.IsAnswered || !context.Question.IsAggregate) return;
        using var span = QueryTracing.Source.StartActivity("aggregate_reviews");
        var (query, question, filter, settings) = (context.Query, context.Question, context.Filter, answerOptions.Value);
        span?.SetTag("ragqa.intent", ClassifiedQuestion.Name(question.Intent)).SetTag("ragqa.theme", question.Theme?.Key);
        if (question.Intent is QuestionIntent.CommonComplaints or QuestionIntent.CommonPraise)
        {
            var polarity = question.Intent == QuestionIntent.CommonComplaints ? ThemePolarity.Complaint : ThemePolarity.Praise;
            var breakdown = await statistics.BreakdownAsync(query.Collection, polarity, ScopeOf(polarity, filter, settings), filter,
                settings.MaxThemes, settings.ExamplesPerTheme, cancellationToken);
            span?.SetTag("ragqa.reviews", breakdown.ScopeReviews).SetTag("ragqa.themes", breakdown.Themes.Count);
            if (breakdown.ScopeReviews == 0)
            {
                context.Question = question with { Intent = QuestionIntent.Specific };
                return;
            }
            var sources = AnswerSources.FromBreakdown(breakdown, question.Language);
            context.Prepared = new PreparedSources(sources, AsResults(sources), breakdown, null, breakdown.ThemedReviews,
                AnswerSources.Share(breakdown.ThemedReviews, breakdown.ScopeReviews));
            return;
        }

        var scope = question.Polarity is { } p ? ScopeOf(p, filter, settings) : null;
        var count = await statistics.CountAsync(query.Collection, question, scope, filter, settings.ExamplesPerTheme * 2, cancellationToken);
        span?.SetTag("ragqa.reviews", count.Total).SetTag("ragqa.matching", count.Matching);
        if (count.Total == 0)
        {
            context.Question = question with { Intent = QuestionIntent.Specific };
            return;
        }
        var countSources = AnswerSources.FromCount(count, question.Language);
        var exact = question.Theme is null && question.Terms is null;
        context.Prepared = new PreparedSources(countSources, AsResults(countSources), null, count, count.Matching,
            exact ? 1.0 : ConfidenceScorer.LexiconPrecision);
    }

    /// <summary>Complaints among low scores, praise among high ones — unless the question's filters already choose scores.</summary>
    private static ScoreRange? ScopeOf(ThemePolarity polarity, VectorFilter? filter, AnswerOptions settings)
    {
        if (filter is not null && filter.Conditions.Any(c => c.Key == QueryFilters.ScoreKey)) return null;
        return polarity == ThemePolarity.Complaint ? new ScoreRange(null, settings.ComplaintMaxScore) : new ScoreRange(settings.PraiseMinScore, null);
    }

    /// <summary>The cited examples of an aggregate answer, stored as its results (ranked by their full-text rank).</summary>
    private static IReadOnlyList<RetrievedChunk> AsResults(IReadOnlyList<AnswerSource> sources) =>
        sources.Select(s => new RetrievedChunk(s.Chunk, s.Score, null, null, null)).ToList();
}
