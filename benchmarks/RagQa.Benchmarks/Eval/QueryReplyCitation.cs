namespace RagQa.Benchmarks.Eval;

/// <summary>A citation of a reply: the review it cites is its <c>source_id</c>.</summary>
public sealed record QueryReplyCitation(string? SourceId);
