using RagQa.Core.Analytics;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Query;

/// <summary>
/// The period of a list of themes, read as an analytical question's period is (<see cref="PeriodReader"/>: semesters,
/// quarters, month ranges, "desde 2017", "no último ano"), so "principais reclamações no último trimestre" counts the
/// same reviews as "quantas reclamações no último trimestre". It replaces the date the retrieval filter parser
/// recognised, never a date the caller's filters set.
/// </summary>
public static class ThemePeriodFilter
{
    /// <summary>The one period the question states (not a month of every year, which a date range cannot express), else null.</summary>
    public static ReviewPeriod? Read(string question, VectorFilter? explicitFilter)
    {
        if (explicitFilter?.Conditions.Any(c => c.Key == QueryFilters.DateKey) == true) return null;
        var periods = PeriodReader.Read(new QuestionWords(question), doubts: []);
        return periods is [{ Period: { MonthOfYear: null } period }] ? period : null;
    }

    /// <summary><paramref name="filter"/> with its date condition replaced by <paramref name="period"/>'s (fixed) range.</summary>
    public static VectorFilter With(VectorFilter? filter, ReviewPeriod period)
    {
        var dates = new QueryFilters(null, null, period.From, period.To, null).ToVectorFilter().Conditions;
        return new VectorFilter([.. (filter?.Conditions ?? []).Where(c => c.Key != QueryFilters.DateKey), .. dates]);
    }
}
