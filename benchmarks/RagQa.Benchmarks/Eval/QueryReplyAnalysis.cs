namespace RagQa.Benchmarks.Eval;

/// <summary>The <c>analysis</c> of an analytical reply: the measure, its figures and its table.</summary>
public sealed record QueryReplyAnalysis(
    string? Measure,
    long? Population,
    long? Matching,
    double? Value,
    IReadOnlyList<QueryReplyRow>? Table);
