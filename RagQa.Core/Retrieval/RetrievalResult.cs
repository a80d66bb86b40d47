using RagQa.Core.VectorStore;

namespace RagQa.Core.Retrieval;

/// <summary>
/// The chunks found, best first after reranking, with what produced them: the query embedding (null in
/// lexical mode; the semantic answer cache keys on it, so it is not computed twice) and the filter actually
/// applied (explicit plus recognised; null for none).
/// </summary>
public sealed record RetrievalResult(IReadOnlyList<RetrievedChunk> Chunks, ReadOnlyMemory<float>? QueryEmbedding, VectorFilter? Filter);
