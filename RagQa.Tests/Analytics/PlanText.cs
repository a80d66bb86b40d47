using RagQa.Core.Analytics;

namespace RagQa.Tests.Analytics;

/// <summary>A plan in one line, so that a test states the whole expected reading at once.</summary>
internal static class PlanText
{
    public static string Of(AnalysisPlan? plan)
    {
        if (plan is null) return "none";
        var text = $"{plan.Measure}/{plan.Figure} pop[{Of(plan.Population)}] subj[{Of(plan.Subject)}]";
        if (plan.Grouping != AnalysisGrouping.None) text += $" by {plan.Grouping}{(plan.GroupingKey is null ? "" : ":" + plan.GroupingKey)}";
        if (plan.Compared.Count > 0) text += " cmp[" + string.Join(" | ", plan.Compared.Select(g => $"{g.Label}={Of(g.Condition)}")) + "]";
        if (plan.UnusedWords.Count > 0) text += " unused[" + string.Join(",", plan.UnusedWords) + "]";
        return text;
    }

    private static string Of(ReviewCondition c)
    {
        var parts = new List<string>();
        if (c.Scores is { } s) parts.Add($"score {s.Min}-{s.Max}");
        if (c.Period is { } p)
        {
            parts.Add(p switch
            {
                { LastMonths: { } n, SkippedMonths: { } skipped } => $"last {n}m before {skipped}m",
                { LastMonths: { } n } => $"last {n}m",
                { YearsBack: { } back, FirstMonth: { } first, LastMonth: { } last } => $"year -{back} months {first}-{last}",
                { PartMonths: { } part } => $"part {part}m -{p.PartsBack ?? 0}",
                { YearsBack: { } back } => $"year -{back}",
                { MonthOfYear: { } m } => $"month {m}",
                _ => $"{p.From:yyyy-MM-dd}..{p.To:yyyy-MM-dd}",
            });
        }
        if (c.Terms.Count > 0) parts.Add((c.AllTerms ? "all:" : "any:") + string.Join("+", c.Terms));
        if (c.Except is { } except) parts.Add($"except[{Of(except)}]");
        return string.Join(", ", parts);
    }
}
