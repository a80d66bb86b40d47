namespace RagQa.Core.VectorStore;

/// <summary>
/// Stores chunk vectors and finds the nearest ones by cosine similarity. Implementations: the embedded
/// store (vectors in Postgres, scanned in-process) and Qdrant. Upserts are idempotent on the chunk id.
/// </summary>
public interface IVectorStore
{
    Task UpsertAsync(VectorSpace space, IReadOnlyList<VectorRecord> records, CancellationToken cancellationToken);

    /// <summary>The <paramref name="limit"/> nearest chunks, best first, score = cosine similarity.</summary>
    Task<IReadOnlyList<VectorHit>> SearchAsync(
        VectorSpace space, ReadOnlyMemory<float> query, int limit, VectorFilter? filter, CancellationToken cancellationToken);

    /// <summary>
    /// The stored vectors of these chunks in the space, by chunk id; ids with no vector there are left out.
    /// Lets the query path rerank candidates by similarity without embedding their texts again.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, ReadOnlyMemory<float>>> GetVectorsAsync(
        VectorSpace space, IReadOnlyList<Guid> chunkIds, CancellationToken cancellationToken);

    /// <summary>Removes every vector of the document, in every space of its collection.</summary>
    Task DeleteDocumentAsync(string collection, Guid documentId, CancellationToken cancellationToken);

    Task<long> CountAsync(VectorSpace space, CancellationToken cancellationToken);
}
