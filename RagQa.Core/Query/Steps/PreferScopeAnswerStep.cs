using Microsoft.Extensions.Options;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// An answer, once its confidence is calibrated, gives way to the out-of-scope answer when the <see cref="SecondReader"/>
/// is surer that the question is not about the reviews than the answer is of being right
/// (<see cref="AnswerOptions.OutOfScopeOverAnswer"/>, <see cref="AnswerOptions.OutOfScopeOverAnswerMargin"/>): "Quanto é
/// 17,5% de 2.340?" counted as a figure at 0.5, or "Bom dia! Conseguiu descansar no feriado?" answered from retrieval at
/// 0.2, would otherwise be quotes of unrelated reviews sent to a person. Its retrieved sources are not stored with it and
/// it is not cached, so a similar question about the reviews never gets it from the cache.
/// </summary>
public sealed class PreferScopeAnswerStep(SecondReader reader, QueryMetrics metrics, IOptions<AnswerOptions> answerOptions) : IQueryStep
{
    public Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var settings = answerOptions.Value;
        var answer = context.Answer!;
        if (answer.Kind is not (AnswerKinds.Specific or AnswerKinds.Analytical) || answer.CacheHit) return Task.CompletedTask;
        var reading = context.ReadWith(reader);
        if (reading.Label != ReadingLabels.OutOfScope || reading.Probability < settings.OutOfScopeOverAnswer
            || reading.Probability < context.Confidence + settings.OutOfScopeOverAnswerMargin)
        {
            return Task.CompletedTask;
        }
        context.Activity?.SetTag("ragqa.scope", "OutOfScopeOverAnswer");
        context.Activity?.SetTag("ragqa.confidence_replaced", context.Confidence);
        context.Scope = QuestionScope.OutOfScope;
        context.Prepared = null;
        context.CacheKey = null;
        AnswerOutOfScopeStep.Answer(context, Math.Min(reading.Probability, AnswerOutOfScopeStep.OverruledAtMost), metrics);
        return Task.CompletedTask;
    }
}
