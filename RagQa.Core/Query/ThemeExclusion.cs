using RagQa.Core.Analytics;
using RagQa.Core.Answering;

namespace RagQa.Core.Query;

/// <summary>
/// What a list of themes sets aside ("sem contar as de 5 estrelas", "sin contar el último trimestre"), as the theme counts
/// take it (<see cref="ReviewExclusion"/>) and as its answer says it; read like an analytical question's exclusion
/// (<see cref="ExclusionReader"/>).
/// </summary>
public static class ThemeExclusion
{
    /// <summary>The exclusion with a period counted back from the newest review resolved at <paramref name="newest"/>.</summary>
    public static ReviewExclusion Of(ReviewCondition except, DateOnly newest)
    {
        ArgumentNullException.ThrowIfNull(except);
        var period = except.Period?.ResolvedAt(newest);
        return new ReviewExclusion(except.Scores, period?.From, period?.To, period?.MonthOfYear);
    }

    /// <summary>"exceto as com nota 5", "except those from 2016".</summary>
    public static string Described(ReviewCondition except, DateOnly newest, AnswerLanguage language) =>
        AnalysisPhrases.Condition(ReviewCondition.All with { Except = except }, newest, language);
}
