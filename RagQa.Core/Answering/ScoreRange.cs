namespace RagQa.Core.Answering;

/// <summary>An inclusive range of review scores (1–5); a null end is open.</summary>
public sealed record ScoreRange(int? Min, int? Max);
