namespace RagQa.Benchmarks.Eval;

/// <summary>One line of eval/analytics/questions.jsonl (its <c>spec</c> is read by the truth script only).</summary>
public sealed record AnalyticsQuestion(string Id, string Split, string Lang, string Type, bool Ambiguous, string Question);
