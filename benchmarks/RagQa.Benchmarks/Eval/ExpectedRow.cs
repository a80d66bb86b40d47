namespace RagQa.Benchmarks.Eval;

/// <summary>
/// A row an answer's table must contain: its label and count, and its share or average when those are checked. A row of
/// a period counted back from the newest review ("last_quarter") may instead carry the months it covers
/// (<see cref="Also"/>: "2018-06..2018-08").
/// </summary>
public sealed record ExpectedRow(string Label, long Count, double? Share, double? AverageScore, string? Also = null);
