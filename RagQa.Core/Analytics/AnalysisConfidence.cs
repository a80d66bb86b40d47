namespace RagQa.Core.Analytics;

/// <summary>
/// How likely an analytical answer is right. Its figures are exact, so only the reading of the question can be wrong:
/// the more of the question the plan leaves unexplained or had to guess, the lower the confidence. The factors are
/// set from the accuracy measured per case on the development split of the analytics question set (eval/analytics,
/// docs/benchmarks.md); the held-out split checks them.
/// </summary>
public static class AnalysisConfidence
{
    /// <summary>Every content word used, nothing guessed, in a question of at most <see cref="ShortQuestion"/> words.</summary>
    public const double Understood = 0.99;

    /// <summary>
    /// The words a question may have before its length lowers the confidence. On first contact with the sets of rounds
    /// 12–16 (dev split), answers with every word used were right 98 % of the time up to 11 words and 86 % from 12: a
    /// long question has context sentences and phrasings the plan can pass over without marking a word unused.
    /// </summary>
    public const int ShortQuestion = 9;

    /// <summary>Per word beyond <see cref="ShortQuestion"/> (<see cref="AnalysisPlan.QuestionLength"/>).</summary>
    public const double PerWordPastShort = 0.975;

    /// <summary>
    /// Per content word the plan does not use: mostly a verb that frames the question ("chegaram", "posted"), which the
    /// figure may safely ignore — every such answer on the development split was right.
    /// </summary>
    public const double PerUnusedWord = 0.9;

    /// <summary>Per unused word written as a name ("clientes de Curitiba"): a condition the figure does not honour.</summary>
    public const double PerUnusedName = 0.45;

    /// <summary>Nothing matched the population: a right zero, or a reading that selects nothing.</summary>
    public const double EmptyPopulation = 0.6;

    /// <summary>
    /// "por X" where the collection has no metadata key X: the answer says so, but the word was as often not a key at all
    /// (all six such plans of the question sets' 9,007 questions: a typo, "por exemplo", "por gentileza"), so it stays
    /// under 0.9.
    /// </summary>
    public const double MissingKey = 0.8;

    /// <summary>
    /// No review mentions the words counted: mostly a right "no" (the five such answers of round 4's dev split, measured
    /// before any tuning on it, were all right), sometimes a misread word that matches nothing.
    /// </summary>
    public const double NoMention = 0.85;

    /// <summary>Per guessed reading, by kind (<see cref="AnalysisPlan.Doubts"/>).</summary>
    public static double PerDoubt(string doubt) => doubt switch
    {
        _ when doubt.StartsWith("corrected:", StringComparison.Ordinal) => 0.95,
        AnalysisPlanParser.ImpliedTermsDoubt or AnalysisPlanParser.ImpliedMeasureDoubt or AnalysisPlanParser.ReadMeasureDoubt => 0.8,
        "complaints_as_negative" or PeriodReader.RecentAsLastQuarterDoubt or PeriodReader.EdgeOfYearDoubt => 0.85,
        // A month without a year, counted as its latest occurrence (LatestMonths) and named so in the answer: the reading
        // every set's authors meant (r11 "dezembro", r13 "junho ou julho", r14 "August … July", all dev).
        "month_without_year" => 0.85,
        // One question of several read, the rest set aside: usually the same question restated.
        AnalysisPlanParser.OneOfSeveralDoubt => 0.85,
        // The question read apart from the context told before it, which may still have qualified it.
        AnalysisPlanParser.ContextSetAsideDoubt => 0.9,
        // One period said twice ("o último semestre, ou seja, de março a agosto"), read as its dated saying.
        AnalysisPlanParser.RestatedPeriodDoubt => 0.9,
        // "2017 — não, 2018": a period taken back and replaced by the next one.
        PeriodReader.TakenBackDoubt => 0.9,
        // "este ano", "ano passado": the newest review's calendar year or the one before, named so in the answer.
        PeriodReader.CountedBackYearDoubt => 0.85,
        // A change over time with no step named, read month by month: what the sets' authors meant for 67 of the 72 such dev
        // questions of rounds 1–32 (3 meant per year), so a figure read so stays under 0.9.
        AnalysisPlanParser.MonthlyByDefaultDoubt => 0.9,
        // Satisfaction compared between two periods: an average or a share of positives, as often one as the other.
        AnalysisPlanParser.SatisfactionComparedDoubt => 0.6,
        // "este mês", "this month": a period the figure does not honour.
        AnalysisPlanParser.PresentPeriodDoubt => 0.5,
        // The question asked for the reviews that do not mention something; the figure counts those that do.
        AnalysisPlanParser.NegatedTermsDoubt => 0.2,
        // Several scores or periods where one was expected: the figure keeps one reading of several.
        _ => 0.6,
    };

    public static double Of(AnalysisPlan plan, AnalysisResult result)
    {
        var names = plan.UnusedNames.Count;
        var confidence = Understood * Math.Pow(PerWordPastShort, Math.Max(0, plan.QuestionLength - ShortQuestion))
            * Math.Pow(PerUnusedWord, plan.UnusedWords.Count - names) * Math.Pow(PerUnusedName, names);
        // A guess made twice ("junho ou julho", both without a year) is one guess.
        foreach (var doubt in plan.Doubts.Distinct()) confidence *= PerDoubt(doubt);
        var nothingMentioned = plan.Subject.Terms.Count > 0 && result.Matching == 0 && result.Population > 0;
        if (result.MissingKey is not null) confidence *= MissingKey;
        else if (result.Population == 0) confidence *= EmptyPopulation;
        else if (nothingMentioned) confidence *= NoMention;
        return Math.Round(confidence, 4);
    }
}
