using Microsoft.Extensions.Options;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// A question that is not about the collection (the system's secrets, SQL, general knowledge) gets a short answer
/// saying what RagQa can answer: no quotes of unrelated reviews, and no escalation to a human.
/// </summary>
public sealed class AnswerOutOfScopeStep(QueryMetrics metrics, IOptions<AnswerOptions> answerOptions) : IQueryStep
{
    public Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        if (context.Scope == QuestionScope.OutOfScope) Answer(context, answerOptions.Value.OutOfScopeConfidence, metrics);
        return Task.CompletedTask;
    }

    public static void Answer(QueryContext context, double confidence, QueryMetrics metrics)
    {
        var language = context.Question.Language;
        context.Answer = new ComposedAnswer(ScopeClassifier.ScopeAnswer(language), [], ExtractiveAnswerer.Mode)
        {
            Intent = "out_of_scope",
            Language = LanguageDetector.Code(language),
            Kind = AnswerKinds.OutOfScope,
        };
        context.Confidence = confidence;
        metrics.RecordOutOfScope();
    }
}
