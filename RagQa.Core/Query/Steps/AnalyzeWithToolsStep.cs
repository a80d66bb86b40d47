using RagQa.Core.Analytics;
using RagQa.Core.Analytics.Tools;
using RagQa.Core.Answering;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// With a chat model configured, an analytical question — one the parser read, or a count or share it could not — is
/// answered by the model with the analysis tools (<c>analyze_with_tools</c>): it plans, the database counts, and its
/// answer is kept only if every number in it came from a tool. A withheld answer falls back to the parser's plan
/// (<see cref="AnalyzeReviewsStep"/>) or, without one, goes to a human. Without a chat model this step does nothing.
/// </summary>
public sealed class AnalyzeWithToolsStep(AnalysisToolAnswerer? answerer = null) : IQueryStep
{
    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        if (answerer is null || context.IsAnswered || !IsAnalytical(context)) return;
        var (query, language) = (context.Query, context.Question.Language);
        using var span = QueryTracing.Source.StartActivity("analyze_with_tools");
        var outcome = await answerer.AnswerAsync(query.QueryId, query.Question, language, query.Collection, query.Filter, cancellationToken);
        span?.SetTag("ragqa.tool_calls", outcome.Calls.Count).SetTag("ragqa.withheld", outcome.WithheldReason);
        if (outcome.Draft is { } draft)
        {
            context.Draft = draft;
            context.Figures = outcome.Figures;
            context.Prepared = new PreparedSources(draft.Sources, PreparedSources.AsResults(draft.Sources)) { Confidence = outcome.Confidence };
            return;
        }
        if (context.Plan is not null) return;
        // Nothing to fall back on: confidence 0 and no grounded sentence escalate the question to a human, and the
        // answer is not cached, so the next asker gets a new attempt.
        var withheld = AnalysisPhrases.Withheld(language);
        context.Draft = new AnswerDraft(withheld, [], [withheld], ExtractiveAnswerer.Mode);
        context.Prepared = new PreparedSources([], []) { Confidence = 0 };
        context.CacheKey = null;
    }

    /// <summary>A figure over the collection: the parser has a plan, or the question asks how many or what share.</summary>
    public static bool IsAnalytical(QueryContext context) =>
        context.Plan is not null || context.Question.Intent is QuestionIntent.Count or QuestionIntent.Share;
}
