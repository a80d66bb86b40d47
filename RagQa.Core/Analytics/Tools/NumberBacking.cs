namespace RagQa.Core.Analytics.Tools;

/// <summary>
/// The rule that lets a chat model's analytical answer through: every number it writes must be one a tool returned —
/// a count, a total, a percentage, a mean score, or a number in the tool's own words (a row's label, the definition
/// used: "nota 1 ou 2", "de 2017") — or one the question itself wrote (a year, a month, a score). A number matches when
/// it is the value rounded to the decimals it shows ("26,4%" for 26.42 %, "3,7" for 3.68); a percentage must match a
/// percentage. Numbers spelled in words are not read.
/// </summary>
public static class NumberBacking
{
    /// <returns>The numbers of <paramref name="answer"/> that nothing backs, as written; empty when all are backed.</returns>
    public static IReadOnlyList<string> Unbacked(string answer, string question, IEnumerable<AnalysisToolResult> results)
    {
        var (values, percents, written) = (new List<double>(), new List<double>(), new List<double>());
        foreach (var result in results.Where(r => r.Error is null))
        {
            values.AddRange(new double?[] { result.Reviews, result.Count, result.AverageScore }.OfType<double>());
            if (result.Percent is { } percent) percents.Add(percent);
            foreach (var row in result.Rows ?? [])
            {
                values.AddRange([row.Count, row.Total]);
                if (row.AverageScore is { } rowAverage) values.Add(rowAverage);
                percents.Add(row.Percent);
            }
            var words = new[] { result.Understood, result.Definition }.Concat(result.Rows?.Select(r => r.Label) ?? []);
            written.AddRange(words.OfType<string>().SelectMany(ValuesIn));
        }
        written.AddRange(ValuesIn(question));

        var any = values.Concat(percents).Concat(written).ToList();
        var asPercent = percents.Concat(written).ToList();
        return NumberReader.Read(answer)
            .Where(n => !n.Readings.Any(r => (n.IsPercent ? asPercent : any).Any(v => Backs(v, r.Value, r.Decimals))))
            .Select(n => n.Text)
            .ToList();
    }

    /// <summary>Whether <paramref name="value"/>, shown with <paramref name="decimals"/> decimals, is <paramref name="backed"/> rounded.</summary>
    public static bool Backs(double backed, double value, int decimals) => Math.Abs(backed - value) <= 0.5 * Math.Pow(10, -decimals) + 1e-9;

    private static IEnumerable<double> ValuesIn(string text) => NumberReader.Read(text).SelectMany(n => n.Readings.Select(r => r.Value));
}
