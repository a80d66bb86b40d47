namespace RagQa.Benchmarks.Eval;

/// <summary>A citation of a reply: the review it cites is its <c>source_id</c>; its retrieval <c>score</c> goes into <c>--results</c> for fitting calibration.</summary>
public sealed record QueryReplyCitation(string? SourceId, double Score);
