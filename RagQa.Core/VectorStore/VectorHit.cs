namespace RagQa.Core.VectorStore;

/// <summary>A search result: the chunk and its cosine similarity to the query.</summary>
public sealed record VectorHit(Guid ChunkId, Guid DocumentId, double Score);
