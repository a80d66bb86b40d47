namespace RagQa.Benchmarks.Eval;

/// <summary>One line of eval/analytics/questions.jsonl (its <c>spec</c> is read by the truth script; here only its measure and grouping, to label the second reader's training rows).</summary>
public sealed record AnalyticsQuestion(string Id, string Split, string Lang, string Type, bool Ambiguous, string Question)
{
    public AnalyticsSpec? Spec { get; init; }
}
