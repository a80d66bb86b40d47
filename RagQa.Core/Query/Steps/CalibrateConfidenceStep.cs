using Microsoft.Extensions.Options;
using RagQa.Core.Answering;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// Turns the composed score of an extractive answer from retrieval into the measured probability that it cites the
/// review asked for (<see cref="AnswerOptions.RetrievalCalibration"/>). It runs after the cross-check, so the map applies
/// to the score the fit measured: the one the answer leaves with. Figures keep <see cref="Analytics.AnalysisConfidence"/>'s
/// score (a map fitted on them was tried and dropped: docs/benchmarks.md); a chat model's answers (no fit for a model
/// measured here), the scope answer and a cache hit (calibrated when it was composed) keep theirs.
/// </summary>
public sealed class CalibrateConfidenceStep(IOptions<AnswerOptions> answerOptions) : IQueryStep
{
    public Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var answer = context.Answer!;
        var settings = answerOptions.Value;
        if (answer.CacheHit || answer.Kind != AnswerKinds.Specific || answer.Mode != ExtractiveAnswerer.Mode || !settings.CalibrateConfidence)
        {
            return Task.CompletedTask;
        }
        var composed = context.Confidence;
        context.Confidence = ConfidenceCalibration.Apply(settings.RetrievalCalibration, composed);
        context.Activity?.SetTag("ragqa.confidence_composed", composed);
        return Task.CompletedTask;
    }
}
