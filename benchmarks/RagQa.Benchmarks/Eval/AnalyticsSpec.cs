namespace RagQa.Benchmarks.Eval;

/// <summary>The part of a question's spec the second reader's labels come from (<see cref="SecondReaderTraining.LabelOf"/>).</summary>
public sealed record AnalyticsSpec(string? Measure, string? GroupBy);
