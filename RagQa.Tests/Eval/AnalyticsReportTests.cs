using RagQa.Benchmarks.Eval;

namespace RagQa.Tests.Eval;

public sealed class AnalyticsReportTests
{
    private static ScoredAnswer Answer(string id, string type, bool right, double confidence, bool escalated = false, string? kind = null) =>
        new(new AnalyticsQuestion(id, "dev", "pt", type, false, $"pergunta {id}"),
            new ExpectedAnswer(type, type == "analytical" ? "count" : null),
            new QueryReply { Kind = kind ?? type, Confidence = confidence, Escalated = escalated, LatencyMs = 10 },
            right ? Verdict.Correct : Verdict.Wrong("value 1, expected 2"));

    private static readonly ScoredAnswer[] Answers =
    [
        Answer("a1", "analytical", right: true, 0.95),
        Answer("a2", "analytical", right: false, 0.91),
        Answer("s1", "specific", right: true, 0.35, escalated: true),
        Answer("o1", "out_of_scope", right: false, 0.15, kind: "specific"),
    ];

    [Fact]
    public void The_report_states_accuracy_calibration_escalations_and_confident_mistakes()
    {
        var report = AnalyticsReport.Format("test", "dev", Answers);

        Assert.Contains("| analytical | 2 | 1 | 0.500 |", report);
        Assert.Contains("| count | 2 | 1 | 0.500 |", report);
        Assert.Contains("| 0.9–1.0 | 2 | 0.930 | 0.500 |", report);
        Assert.Contains("| expected calibration error (ECE, 10 bins) | 0.415 |", report);
        Assert.Contains("| escalation rate, in-scope questions | 1 of 3 (33.3 %) |", report);
        Assert.Contains("| wrong answers with confidence ≥ 0.9 | 1 |", report);
        Assert.Contains("| out-of-scope questions answered as out of scope | 0 of 1 (0.0 %) |", report);
        Assert.Contains("| a2 | 0.91 | pergunta a2 | value 1, expected 2 |", report);
    }

    [Fact]
    public void Heldout_results_are_reported_without_listing_the_questions_answered_wrong() =>
        Assert.DoesNotContain("pergunta a2", AnalyticsReport.Format("test", "heldout", Answers));
}
