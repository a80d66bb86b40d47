using RagQa.Core.Answering;

namespace RagQa.Core.Analytics;

/// <summary>
/// A typed reading of an analytical question, between the words and the SQL: the <see cref="Measure"/>, the
/// <see cref="Population"/> it is computed over, the <see cref="Subject"/> counted within it (count, share, yes/no,
/// average, trend), an optional <see cref="Grouping"/> into rows or two <see cref="Compared"/> groups, and what of the
/// question was not understood (<see cref="UnusedWords"/>, <see cref="Doubts"/>), which lowers the confidence.
/// </summary>
public sealed record AnalysisPlan(
    AnalysisMeasure Measure,
    ReviewCondition Population,
    ReviewCondition Subject,
    AnalysisGrouping Grouping,
    AnswerLanguage Language)
{
    /// <summary>The figure computed per row or group: a count, a share of the subject within the population, or an average score.</summary>
    public AnalysisMeasure Figure { get; init; } = Measure switch
    {
        AnalysisMeasure.Share or AnalysisMeasure.YesNo => AnalysisMeasure.Share,
        AnalysisMeasure.AverageScore => AnalysisMeasure.AverageScore,
        _ => AnalysisMeasure.Count,
    };

    /// <summary>The metadata key asked for by <see cref="AnalysisGrouping.Metadata"/>, as the question named it.</summary>
    public string? GroupingKey { get; init; }

    public IReadOnlyList<ComparedGroup> Compared { get; init; } = [];

    /// <summary>
    /// Whether each <see cref="Compared"/> group is what is counted within the whole population ("1 star or 5 stars: which
    /// weighs more in the last year?": each group's share of the year) rather than the population the subject is counted in.
    /// </summary>
    public bool ComparesShares { get; init; }

    /// <summary>Content words of the question that no part of the plan accounts for.</summary>
    public IReadOnlyList<string> UnusedWords { get; init; } = [];

    /// <summary>The <see cref="UnusedWords"/> written as names ("Curitiba", "Samsung"): conditions the figure cannot honour.</summary>
    public IReadOnlyList<string> UnusedNames { get; init; } = [];

    /// <summary>
    /// The words of the whole question, context sentences included (0 when the plan was not read from a question): a
    /// long question leaves more room for a reading that uses every word the plan kept but misses what the rest meant.
    /// </summary>
    public int QuestionLength { get; init; }

    /// <summary>Readings the parser had to guess (a corrected typo, a month without a year, …), in words for the answer.</summary>
    public IReadOnlyList<string> Doubts { get; init; } = [];

    /// <summary>The question named no figure: keywords read as a count or distribution (<see cref="AnalysisPlanParser"/>).</summary>
    public bool IsImpliedMeasure => Doubts.Contains(AnalysisPlanParser.ImpliedMeasureDoubt);

    /// <summary>Every review the figure looks at: the population and the subject together.</summary>
    public ReviewCondition Matching => Population.And(Subject);
}
