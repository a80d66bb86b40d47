namespace RagQa.Core.Analytics;

/// <summary>
/// A month named without a year ("junho ou julho?", "Was August better than July?", "Dezembro foi melhor que
/// novembro?") is its latest occurrence up to the newest review, as an analyst means it: June and July 2018 when the
/// newest review is of August 2018, but December 2017. Resolved when counting, since only the data knows its newest
/// review; the plan keeps its <c>month_without_year</c> doubt, and the answer names the month it counted.
/// </summary>
public static class LatestMonths
{
    public static bool AnyIn(AnalysisPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new[] { plan.Population, plan.Subject }.Concat(plan.Compared.Select(g => g.Condition)).Any(c => c.Period?.MonthOfYear is not null);
    }

    /// <summary>The plan with each month of every year replaced by its latest occurrence up to <paramref name="newest"/>.</summary>
    public static AnalysisPlan Resolve(AnalysisPlan plan, DateOnly newest)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan with
        {
            Population = Resolve(plan.Population, newest),
            Subject = Resolve(plan.Subject, newest),
            Compared = plan.Compared.Select(g => g.Condition.Period?.MonthOfYear is { } month
                ? new ComparedGroup(Of(month, newest).From!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Resolve(g.Condition, newest))
                : g).ToList(),
        };
    }

    /// <summary>The latest <paramref name="month"/> up to the month of <paramref name="newest"/>.</summary>
    public static ReviewPeriod Of(int month, DateOnly newest) => ReviewPeriod.Month(month > newest.Month ? newest.Year - 1 : newest.Year, month);

    private static ReviewCondition Resolve(ReviewCondition condition, DateOnly newest) =>
        condition.Period?.MonthOfYear is { } month ? condition with { Period = Of(month, newest) } : condition;
}
