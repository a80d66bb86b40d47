using Microsoft.Extensions.Options;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// Answers an analytical question exactly (<c>analyze_reviews</c>): its plan is counted in Postgres over every review
/// of the collection under the request's filters, and the answer is written from the counts, with the definition used,
/// the population, a table where there is one, and cited example reviews. Its confidence is how sure the reading is.
/// A month named without a year is counted as its latest occurrence (<see cref="LatestMonths"/>).
/// </summary>
public sealed class AnalyzeReviewsStep(ReviewAnalytics analytics, ReviewStatistics statistics, IOptions<AnswerOptions> answerOptions) : IQueryStep
{
    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        // Prepared already: the chat model answered it with the analysis tools.
        if (context.IsAnswered || context.Prepared is not null || context.Plan is not { } plan) return;
        using var span = QueryTracing.Source.StartActivity("analyze_reviews");
        if (LatestMonths.AnyIn(plan) && await statistics.NewestDayAsync(context.Query.Collection, context.Query.Filter, cancellationToken) is { } newest)
        {
            // "junho ou julho?": the latest June and July, which only the newest review can say.
            context.Plan = plan = LatestMonths.Resolve(plan, newest);
        }
        var result = await analytics.RunAsync(context.Query.Collection, plan, context.Query.Filter, answerOptions.Value.ExamplesPerTheme * 2, cancellationToken);
        span?.SetTag("ragqa.measure", AnalysisAnswerWriter.MeasureName(plan.Measure)).SetTag("ragqa.reviews", result.Population)
            .SetTag("ragqa.matching", result.Matching).SetTag("ragqa.unused_words", plan.UnusedWords.Count);
        var answer = AnalysisAnswerWriter.Write(plan, result);
        context.Figures = answer.Figures;
        context.Draft = answer.Draft;
        context.Prepared = new PreparedSources(answer.Draft.Sources, PreparedSources.AsResults(answer.Draft.Sources))
        {
            Confidence = AnalysisConfidence.Of(plan, result),
        };
    }
}
