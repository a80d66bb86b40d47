namespace RagQa.Benchmarks.Eval;

/// <summary>A row of a reply's table (<c>total</c> is not scored: a checked share already depends on it).</summary>
public sealed record QueryReplyRow(string? Label, long? Count, double? Share, double? AverageScore);
