using Microsoft.Extensions.Options;
using RagQa.Core.Answering;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// Turns the composed score of an extractive answer into the measured probability that it is right: an answer from
/// retrieval through <see cref="AnswerOptions.RetrievalCalibration"/> (it cites the review asked for), a figure through
/// <see cref="AnswerOptions.FigureCalibration"/>. It runs after the cross-check, so the map applies to the score the fit
/// measured: the one the answer leaves with. A chat model's answers (no fit for a model measured here), the scope answer
/// and a cache hit (calibrated when it was composed) keep theirs.
/// </summary>
public sealed class CalibrateConfidenceStep(IOptions<AnswerOptions> answerOptions) : IQueryStep
{
    public Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var answer = context.Answer!;
        var settings = answerOptions.Value;
        var points = answer.Kind switch
        {
            AnswerKinds.Specific => settings.RetrievalCalibration,
            AnswerKinds.Analytical => settings.FigureCalibration,
            _ => null,
        };
        if (points is null || answer.CacheHit || answer.Mode != ExtractiveAnswerer.Mode || !settings.CalibrateConfidence)
        {
            return Task.CompletedTask;
        }
        var composed = context.Confidence;
        context.Confidence = ConfidenceCalibration.Apply(points, composed);
        context.Activity?.SetTag("ragqa.confidence_composed", composed);
        return Task.CompletedTask;
    }
}
