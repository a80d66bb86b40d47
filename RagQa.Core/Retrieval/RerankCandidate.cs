namespace RagQa.Core.Retrieval;

/// <summary>
/// A retrieved chunk offered to <see cref="DiversityReranker"/>: its relevance from the first stage (any positive
/// scale, e.g. the fused rank score), its stored vector (empty when unknown: then it is never judged similar
/// to another) and its text, for the near-duplicate check.
/// </summary>
public sealed record RerankCandidate(Guid Id, double Relevance, ReadOnlyMemory<float> Vector, string Text);
