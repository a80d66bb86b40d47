namespace RagQa.Core.Analytics;

/// <summary>
/// What a question asks for, in the words both readers share: the parser's plan and the <see cref="SecondReader"/>
/// each give one of these labels, and an answer whose two readings differ is less likely right. A figure per month or
/// year is one label (<see cref="Trend"/>) whichever figure its rows hold, as the evaluation accepts either name for it.
/// </summary>
public static class ReadingLabels
{
    public const string Count = "count";
    public const string Share = "share";
    public const string AverageScore = "average_score";
    public const string ScoreDistribution = "score_distribution";
    public const string Trend = "trend";
    public const string Comparison = "comparison";
    public const string YesNo = "yes_no";
    public const string TopThemes = ThemeFigures.Measure;

    /// <summary>A question about one review or a few, answered from what retrieval finds.</summary>
    public const string Specific = "specific";

    /// <summary>A question that is not about the collection.</summary>
    public const string OutOfScope = "out_of_scope";

    public static string Of(AnalysisPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Measure != AnalysisMeasure.Comparison && plan.Grouping is AnalysisGrouping.Year or AnalysisGrouping.Month
            ? Trend
            : AnalysisAnswerWriter.MeasureName(plan.Measure);
    }

    /// <summary>The measure a label asks for; null for a theme list, one review or nothing about the collection.</summary>
    public static AnalysisMeasure? MeasureOf(string label) =>
        Enum.GetValues<AnalysisMeasure>().Cast<AnalysisMeasure?>().FirstOrDefault(m => AnalysisAnswerWriter.MeasureName(m!.Value) == label);
}
