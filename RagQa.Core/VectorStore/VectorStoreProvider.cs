namespace RagQa.Core.VectorStore;

/// <summary>The values of <c>VectorStore:Provider</c>, configured as lower-case text, and the <c>provider</c> tag of the store's metrics.</summary>
public enum VectorStoreProvider
{
    /// <summary>Vectors in Postgres, scanned in-process (<see cref="PostgresVectorStore"/>; local mode). The default.</summary>
    Embedded,

    /// <summary><see cref="QdrantVectorStore"/> on connection string <c>qdrant</c>.</summary>
    Qdrant,
}
