namespace RagQa.Core.Analytics;

/// <summary>
/// How likely an analytical answer is right. Its figures are exact, so only the reading of the question can be wrong:
/// the more of the question the plan leaves unexplained or had to guess, the lower the confidence. The factors are
/// set from the accuracy measured per case on the development split of the analytics question set (eval/analytics,
/// docs/benchmarks.md); the held-out split checks them.
/// </summary>
public static class AnalysisConfidence
{
    /// <summary>Every content word used, nothing guessed.</summary>
    public const double Understood = 0.97;

    /// <summary>Per content word the plan does not use: the question asked for something the figure ignores.</summary>
    public const double PerUnusedWord = 0.45;

    /// <summary>Nothing matched the population: a right zero, or a reading that selects nothing.</summary>
    public const double EmptyPopulation = 0.6;

    /// <summary>Per guessed reading, by kind (<see cref="AnalysisPlan.Doubts"/>).</summary>
    public static double PerDoubt(string doubt) => doubt switch
    {
        _ when doubt.StartsWith("corrected:", StringComparison.Ordinal) => 0.95,
        "implied_terms" => 0.8,
        _ => 0.6,
    };

    public static double Of(AnalysisPlan plan, AnalysisResult result)
    {
        var confidence = Understood * Math.Pow(PerUnusedWord, plan.UnusedWords.Count);
        foreach (var doubt in plan.Doubts) confidence *= PerDoubt(doubt);
        if (result.Population == 0 && result.MissingKey is null) confidence *= EmptyPopulation;
        return Math.Round(confidence, 4);
    }
}
