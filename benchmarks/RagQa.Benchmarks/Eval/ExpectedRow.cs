namespace RagQa.Benchmarks.Eval;

/// <summary>A row an answer's table must contain: its label and count, and its share or average when those are checked.</summary>
public sealed record ExpectedRow(string Label, long Count, double? Share, double? AverageScore);
