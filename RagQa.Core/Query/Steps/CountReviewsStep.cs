using Microsoft.Extensions.Options;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// Answers "what do customers complain about / praise most" from theme counts over every review in scope
/// (<c>aggregate_reviews</c>), restricted to the reviews that mention the question's words when it names some, less the
/// reviews it sets aside. When nothing is in scope to count, the question is treated as a specific one and retrieval answers it.
/// </summary>
public sealed class CountReviewsStep(ReviewStatistics statistics, IOptions<AnswerOptions> answerOptions) : IQueryStep
{
    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        if (context.IsAnswered || context.Plan is not null || context.Prepared is not null) return;
        var (query, question, filter, settings) = (context.Query, context.Question, context.Filter, answerOptions.Value);
        if (question.Intent is not (QuestionIntent.CommonComplaints or QuestionIntent.CommonPraise))
        {
            // A count or share the analysis parser could not read: retrieval answers it, with the confidence that earns.
            context.Question = question with { Intent = QuestionIntent.Specific };
            return;
        }
        using var span = QueryTracing.Source.StartActivity("aggregate_reviews");
        span?.SetTag("ragqa.intent", ClassifiedQuestion.Name(question.Intent));
        var polarity = question.Intent == QuestionIntent.CommonComplaints ? ThemePolarity.Complaint : ThemePolarity.Praise;
        var (except, lastMonths) = (context.ThemeExcept, context.ThemePeriod);
        DateOnly newest = default;
        if (lastMonths is not null || except is not null)
        {
            // Counted back from the newest review of the collection (as the analysis counts "no último trimestre").
            if (await statistics.NewestDayAsync(query.Collection, query.Filter, cancellationToken) is not { } day)
            {
                context.Question = question with { Intent = QuestionIntent.Specific };
                return;
            }
            newest = day;
        }
        if (lastMonths is not null) context.Filter = filter = ThemePeriodFilter.With(filter, lastMonths.ResolvedAt(newest));
        var mention = context.ThemeMention;
        // Scores set aside are scores the question chose: "sem contar as de 5 estrelas, o que elogiam?" counts praise in 1–4.
        var scope = except?.Scores is null ? ScopeOf(polarity, filter, settings) : null;
        var counted = await statistics.BreakdownAsync(query.Collection, polarity, scope, filter, settings.MaxThemes, settings.ExamplesPerTheme,
            mention?.Stems ?? [], mention?.Any ?? false, except is null ? null : ThemeExclusion.Of(except, newest), cancellationToken);
        var breakdown = counted with
        {
            Mentioned = mention?.Written ?? [],
            AnyMentioned = mention?.Any ?? false,
            SetAside = except is null ? null : ThemeExclusion.Described(except, newest, question.Language),
        };
        span?.SetTag("ragqa.reviews", breakdown.ScopeReviews).SetTag("ragqa.themes", breakdown.Themes.Count)
            .SetTag("ragqa.mentions", mention?.Stems.Count ?? 0).SetTag("ragqa.excluded", except is not null);
        if (breakdown.ScopeReviews == 0)
        {
            context.Question = question with { Intent = QuestionIntent.Specific };
            return;
        }
        var sources = AnswerSources.FromBreakdown(breakdown, question.Language);
        context.Figures = ThemeFigures.From(breakdown, question.Language);
        context.Prepared = new PreparedSources(sources, PreparedSources.AsResults(sources), breakdown, breakdown.ThemedReviews,
            AnswerSources.Share(breakdown.ThemedReviews, breakdown.ScopeReviews));
    }

    /// <summary>Complaints among low scores, praise among high ones — unless the question's filters already choose scores.</summary>
    private static ScoreRange? ScopeOf(ThemePolarity polarity, VectorFilter? filter, AnswerOptions settings)
    {
        if (filter is not null && filter.Conditions.Any(c => c.Key == QueryFilters.ScoreKey)) return null;
        return polarity == ThemePolarity.Complaint ? new ScoreRange(null, settings.ComplaintMaxScore) : new ScoreRange(settings.PraiseMinScore, null);
    }
}
