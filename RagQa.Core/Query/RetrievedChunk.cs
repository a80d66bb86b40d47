using RagQa.Core.Ingestion;

namespace RagQa.Core.Query;

/// <summary>A chunk found for a question, with its fused score and its rank in each retriever (null when not found there).</summary>
public sealed record RetrievedChunk(ChunkRecord Chunk, double Score, int? DenseRank, int? LexicalRank, double? DenseSimilarity);
