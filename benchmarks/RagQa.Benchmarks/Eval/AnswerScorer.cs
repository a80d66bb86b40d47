using System.Globalization;
using System.Text.RegularExpressions;

namespace RagQa.Benchmarks.Eval;

/// <summary>
/// Right or wrong for one reply against its truth (eval/analytics/README.md): analytical — the kind, the measure and
/// every checked figure (counts exactly, shares within <see cref="ShareTolerance"/>, averages within
/// <see cref="AverageTolerance"/>, each expected table row found by label); specific — a citation of an expected
/// review; out of scope — said so, without escalating (or refused as prompt injection, 400).
/// </summary>
public static partial class AnswerScorer
{
    /// <summary>Half of the last digit of a percentage with one decimal (26.4 %): a share rounded for display still counts.</summary>
    public const double ShareTolerance = 0.0005;

    /// <summary>Half of the last digit of an average with two decimals (3.68).</summary>
    public const double AverageTolerance = 0.005;

    /// <summary>The problem code of a question refused as an attempt to instruct the assistant.</summary>
    public const string PromptInjectionCode = "prompt_injection";

    public static Verdict Score(ExpectedAnswer expected, QueryReply reply)
    {
        if (expected.Kind == "out_of_scope" && reply.ProblemCode == PromptInjectionCode) return Verdict.Correct;
        if (reply.Kind != expected.Kind)
        {
            return Verdict.Wrong(reply.Kind is null
                ? $"no kind (HTTP {reply.HttpStatus}, status {reply.Status ?? "none"})"
                : $"kind {reply.Kind}, expected {expected.Kind}");
        }
        return expected.Kind switch
        {
            "analytical" => Analytical(expected, reply.Analysis),
            "specific" => reply.Citations.Any(c => c.SourceId is not null && expected.SourceIds!.Contains(c.SourceId))
                ? Verdict.Correct
                : Verdict.Wrong($"no citation of {string.Join(" or ", expected.SourceIds!)}"),
            "out_of_scope" => reply.Escalated ? Verdict.Wrong("out of scope but escalated") : Verdict.Correct,
            _ => throw new ArgumentException($"Unknown expected kind '{expected.Kind}'.", nameof(expected)),
        };
    }

    private static Verdict Analytical(ExpectedAnswer expected, QueryReplyAnalysis? analysis)
    {
        if (analysis is null) return Verdict.Wrong("no analysis");
        if (analysis.Measure != expected.Measure && !SameTimeTable(expected, analysis) && !SameScoreTable(expected, analysis))
        {
            return Verdict.Wrong($"measure {analysis.Measure ?? "none"}, expected {expected.Measure}");
        }
        if (expected.TableNotEmpty) return analysis.Table is { Count: > 0 } ? Verdict.Correct : Verdict.Wrong("empty table");

        var valueTolerance = expected.Measure switch { "share" => ShareTolerance, "average_score" => AverageTolerance, _ => 0 };
        var difference = Differs("value", expected.Value, analysis.Value, valueTolerance)
            ?? Differs("matching", expected.Matching, analysis.Matching)
            ?? Differs("population", expected.Population, analysis.Population);
        if (difference is not null) return Verdict.Wrong(difference);

        foreach (var row in expected.Table ?? [])
        {
            var actual = analysis.Table?.FirstOrDefault(r => SameLabel(r.Label, row.Label) || row.Also is { } also && SameLabel(r.Label, also));
            if (actual is null) return Verdict.Wrong($"no row {row.Label}");
            var rowDifference = Differs($"row {row.Label} count", row.Count, actual.Count)
                ?? Differs($"row {row.Label} share", row.Share, actual.Share, ShareTolerance)
                ?? Differs($"row {row.Label} average", row.AverageScore, actual.AverageScore, AverageTolerance);
            if (rowDifference is not null) return Verdict.Wrong(rowDifference);
        }
        return Verdict.Correct;
    }

    /// <summary>
    /// A figure per month or year is one table whether the reply names it a trend or by its figure ("avaliações por ano"
    /// read as a count per year, "yearly number of reviews" as a trend): the rows, checked below, decide.
    /// </summary>
    private static bool SameTimeTable(ExpectedAnswer expected, QueryReplyAnalysis analysis) =>
        TimeTableMeasures.Contains(expected.Measure) && TimeTableMeasures.Contains(analysis.Measure)
        && expected.Table is { Count: > 0 } rows && rows.All(r => r.Label.Length >= 4 && char.IsDigit(r.Label[0]) && r.Label[..4].All(char.IsDigit));

    private static readonly HashSet<string?> TimeTableMeasures = ["trend", "count", "share", "average_score"];

    /// <summary>
    /// A count per score is the score distribution's table ("Quantas mencionam atraso, separadas por nota?"), as the second
    /// reader's labels have it (SecondReaderTraining.LabelOf): the rows, checked below, decide. A share per score is not:
    /// its shares are within each score, the distribution's of the whole.
    /// </summary>
    private static bool SameScoreTable(ExpectedAnswer expected, QueryReplyAnalysis analysis) =>
        expected.Measure == "count" && analysis.Measure == "score_distribution"
        && expected.Table is { Count: > 0 } rows && rows.All(r => r.Label is "1" or "2" or "3" or "4" or "5");

    /// <summary>Null when the figure is not checked (no expected value) or close enough; otherwise what differs.</summary>
    private static string? Differs(string name, double? expected, double? actual, double tolerance = 0)
    {
        if (expected is not { } e) return null;
        // The epsilon keeps a figure exactly on the tolerance's edge (0.2645 vs 0.264) from failing on binary rounding.
        if (actual is { } a && Math.Abs(a - e) <= tolerance + 1e-9) return null;
        return $"{name} {Show(actual)}, expected {Show(e)}";
    }

    private static string? Differs(string name, long? expected, long? actual) =>
        expected is null || expected == actual ? null : $"{name} {Show(actual)}, expected {expected}";

    /// <summary>
    /// Labels compare without case, surrounding spaces, the kind of dash ("1–2" is "1-2") or the way a range of months
    /// is written ("2017-07 … 2017-12" is "2017-07..2017-12"; the quarter "2017-Q3" is "2017-07..2017-09").
    /// </summary>
    private static bool SameLabel(string? actual, string expected) =>
        actual is not null && string.Equals(Normalize(actual), Normalize(expected), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string label) =>
        Quarter().Replace(label.Trim().Replace('–', '-').Replace('—', '-').Replace(" … ", "..").Replace("…", ".."),
            m => QuarterMonths(m.Groups["year"].Value, int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture)));

    private static string QuarterMonths(string year, int quarter) => $"{year}-{3 * quarter - 2:00}..{year}-{3 * quarter:00}";

    /// <summary>"2018-Q1": a quarter written as its first to its last month ("2018-01..2018-03").</summary>
    [GeneratedRegex(@"^(?<year>\d{4})-Q(?<q>[1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    private static string Show(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "none";

    private static string Show(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";
}
