namespace RagQa.Core.Retrieval;

/// <summary>A candidate kept by <see cref="DiversityReranker"/>, with the ids of the near-identical candidates folded into it.</summary>
public sealed record RerankedCandidate(RerankCandidate Candidate, IReadOnlyList<Guid> NearDuplicates);
