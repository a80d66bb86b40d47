using Microsoft.Extensions.Options;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// Reads the question a second time, independently of the parser (<see cref="SecondReader"/>), and lowers the answer's
/// confidence when the two readings differ (<c>cross_check_reading</c>): a count given for a question read as a share, a
/// review quoted for a question read as one about all the reviews. The parser's words and rules decide the answer; the
/// second reader decides how sure it may be (and fills in only a measure no word names: <see cref="ClassifyQuestionStep"/>).
/// A cached answer was cross-checked when it was composed.
/// </summary>
public sealed class CrossCheckReadingStep(SecondReader reader, QueryMetrics metrics, IOptions<AnswerOptions> answerOptions) : IQueryStep
{
    public Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var answer = context.Answer!;
        if (answer.CacheHit) return Task.CompletedTask;
        using var span = QueryTracing.Source.StartActivity("cross_check_reading");
        var given = AnswerReading(answer.Kind, context.Plan, context.Figures);
        var second = context.ReadWith(reader);
        var agrees = Agree(given, second.Label);
        context.Confidence = Math.Round(context.Confidence * Factor(given, second.Label, agrees, answerOptions.Value), 4);
        span?.SetTag("ragqa.reading.answer", given).SetTag("ragqa.reading.second", second.Label)
            .SetTag("ragqa.reading.second_probability", second.Probability).SetTag("ragqa.reading.agrees", agrees);
        metrics.RecordSecondReading(given, agrees);
        return Task.CompletedTask;
    }

    /// <summary>What the answer gives, as a <see cref="ReadingLabels"/> label.</summary>
    public static string AnswerReading(string kind, AnalysisPlan? plan, AnalysisFigures? figures) => kind switch
    {
        AnswerKinds.OutOfScope => ReadingLabels.OutOfScope,
        _ when figures?.Measure == ThemeFigures.Measure => ReadingLabels.TopThemes,
        AnswerKinds.Analytical when plan is not null => ReadingLabels.Of(plan),
        AnswerKinds.Analytical when figures is not null => figures.Measure,
        _ => ReadingLabels.Specific,
    };

    /// <summary>
    /// Whether two readings ask for the same answer. A table per month or year answers a count, share or average asked
    /// "over time" too, so a trend agrees with those three.
    /// </summary>
    public static bool Agree(string given, string second) =>
        given == second
        || (given == ReadingLabels.Trend && second is ReadingLabels.Count or ReadingLabels.Share or ReadingLabels.AverageScore)
        || (second == ReadingLabels.Trend && given is ReadingLabels.Count or ReadingLabels.Share or ReadingLabels.AverageScore);

    /// <summary>
    /// How much a second reading lowers the confidence. An answer from retrieval is doubted only when the question reads
    /// as asking for a figure: short questions about one review ("O produto chegou quebrado?", "A entrega atrasou?") read
    /// as out of scope too often for that reading to count against them.
    /// </summary>
    public static double Factor(string given, string second, bool agrees, AnswerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (agrees || given == ReadingLabels.Specific && second == ReadingLabels.OutOfScope) return 1;
        return given is ReadingLabels.Specific or ReadingLabels.OutOfScope ? settings.NonFigureReadingDisagreement : settings.ReadingDisagreement;
    }
}
