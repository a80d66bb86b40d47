using System.Globalization;
using System.Text;

namespace RagQa.Benchmarks.Eval;

/// <summary>
/// The tables of an analytics evaluation: accuracy per type, measure and language; a reliability table with the
/// expected calibration error; escalation, confidence, out-of-scope and latency figures; and, on the dev split
/// only, the wrong answers with their reasons (heldout results are reported, never read question by question).
/// </summary>
public static class AnalyticsReport
{
    public const double ConfidentThreshold = 0.9;
    private const int MaxListedWrong = 60;

    public static string Format(string description, string split, IReadOnlyList<ScoredAnswer> answers)
    {
        var analytical = answers.Where(a => a.Question.Type == "analytical").ToList();
        var inScope = answers.Where(a => a.InScope).ToList();
        var outOfScope = answers.Where(a => !a.InScope).ToList();
        // A question refused with a problem document (400) is not an answer: it states no confidence to calibrate or average.
        var notEscalated = answers.Where(a => !a.Reply.Escalated && a.Reply.ProblemCode is null).ToList();
        var confidentWrong = answers.Where(a => !a.Verdict.Right && a.Confidence >= ConfidentThreshold).ToList();
        var bins = Calibration.Bins(answers.Where(a => a.Reply.ProblemCode is null).Select(a => (a.Confidence, a.Verdict.Right)).ToList());
        var latencies = analytical.Where(a => a.Reply.LatencyMs is not null).Select(a => a.Reply.LatencyMs!.Value).ToList();
        // Theme lists are the aggregate path that predates the analysis plans: the baseline measured in the same run.
        List<double> Latencies(bool themes) => analytical
            .Where(a => a.Reply.LatencyMs is not null && (a.Expected.Measure == "top_themes") == themes).Select(a => a.Reply.LatencyMs!.Value).ToList();
        var (planned, themed) = (Latencies(themes: false), Latencies(themes: true));
        var rejected = answers.Where(a => a.Reply.HttpStatus != 200).GroupBy(a => a.Reply.HttpStatus).Select(g => $"HTTP {g.Key} × {g.Count()}");

        var text = new StringBuilder($"\nAnalytics evaluation — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, split {split}, {answers.Count} questions, {description}\n\n");
        text.Append(AccuracyTable("type", answers, a => a.Question.Type, ["analytical", "specific", "out_of_scope"]));
        text.Append($"| ambiguous (any type) | {Accuracy(answers.Where(a => a.Question.Ambiguous).ToList())} |\n");
        text.Append($"| all | {Accuracy(answers)} |\n\n");
        text.Append(AccuracyTable("measure (analytical)", analytical, a => a.Expected.Measure ?? "?", []));
        text.Append('\n');
        text.Append(AccuracyTable("language", answers, a => a.Question.Lang, ["pt", "en", "es"]));
        text.Append($"""

            Reliability — all answers binned by confidence (no confidence = 0; refusals with a problem code left out):

            | confidence | n | mean confidence | accuracy |
            | --- | ---: | ---: | ---: |

            """);
        foreach (var bin in bins)
        {
            text.Append($"| {F(bin.Lower, 1)}–{F(bin.Upper, 1)} | {bin.Count} | {F(bin.MeanConfidence, 3)} | {F(bin.Accuracy, 3)} |\n");
        }
        text.Append($"""

            | measure | value |
            | --- | --- |
            | expected calibration error (ECE, {bins.Count} bins) | {F(Calibration.ExpectedCalibrationError(bins), 3)} |
            | escalation rate, in-scope questions | {Share(inScope.Count(a => a.Reply.Escalated), inScope.Count)} |
            | mean confidence of non-escalated answers | {(notEscalated.Count == 0 ? "–" : F(notEscalated.Average(a => a.Confidence), 3))} ({notEscalated.Count} answers) |
            | wrong answers with confidence ≥ {F(ConfidentThreshold, 1)} | {confidentWrong.Count} |
            | out-of-scope questions answered as out of scope | {Share(outOfScope.Count(a => a.Reply.Kind == "out_of_scope"), outOfScope.Count)} |
            | out-of-scope questions refused as prompt injection (400) | {outOfScope.Count(a => a.Reply.ProblemCode == AnswerScorer.PromptInjectionCode)} of {outOfScope.Count} |
            | out-of-scope questions escalated | {outOfScope.Count(a => a.Reply.Escalated)} of {outOfScope.Count} |
            | latency_ms of analytical questions, p50 / p95 | {Ms(latencies, 50)} / {Ms(latencies, 95)} ({latencies.Count} with latency_ms) |
            | — analysis plans / theme lists (the older aggregate path), p95 | {Ms(planned, 95)} / {Ms(themed, 95)} ({planned.Count} / {themed.Count}) |
            | replies other than 200 | {(rejected.Any() ? string.Join(", ", rejected) : "none")} |

            """);
        if (split == "dev") text.Append(WrongAnswers(answers.Where(a => !a.Verdict.Right).ToList()));
        return text.ToString();
    }

    private static string AccuracyTable(string name, IReadOnlyList<ScoredAnswer> answers, Func<ScoredAnswer, string> key, IReadOnlyList<string> order)
    {
        var table = new StringBuilder($"| {name} | n | right | accuracy |\n| --- | ---: | ---: | ---: |\n");
        // Listed keys first in their given order (so a type with no question still shows as 0), then any others.
        var keys = order.Concat(answers.Select(key).Distinct().Order(StringComparer.Ordinal).Except(order));
        foreach (var k in keys) table.Append($"| {k} | {Accuracy(answers.Where(a => key(a) == k).ToList())} |\n");
        return table.ToString();
    }

    private static string Accuracy(IReadOnlyList<ScoredAnswer> answers)
    {
        var right = answers.Count(a => a.Verdict.Right);
        return $"{answers.Count} | {right} | {(answers.Count == 0 ? "–" : F((double)right / answers.Count, 3))}";
    }

    private static string WrongAnswers(IReadOnlyList<ScoredAnswer> wrong)
    {
        if (wrong.Count == 0) return "";
        var text = new StringBuilder("\nWrong answers (dev split):\n\n| id | confidence | question | why |\n| --- | ---: | --- | --- |\n");
        foreach (var a in wrong.Take(MaxListedWrong))
        {
            text.Append($"| {a.Question.Id} | {F(a.Confidence, 2)} | {a.Question.Question.Replace("|", "\\|")} | {a.Verdict.Reason.Replace("|", "\\|")} |\n");
        }
        if (wrong.Count > MaxListedWrong) text.Append($"\n… and {wrong.Count - MaxListedWrong} more.\n");
        return text.ToString();
    }

    private static string Share(int part, int whole) =>
        whole == 0 ? "–" : $"{part} of {whole} ({F(100.0 * part / whole, 1)} %)";

    private static string Ms(IReadOnlyList<double> values, double percentile) =>
        values.Count == 0 ? "–" : F(Percentiles.Of(values, percentile), 0);

    private static string F(double value, int decimals) =>
        double.IsNaN(value) ? "–" : value.ToString("F" + decimals, CultureInfo.InvariantCulture);
}
