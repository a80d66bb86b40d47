namespace RagQa.Core.VectorStore;

/// <summary>A chunk's vector with the payload stored beside it (ids and metadata; never raw PII: chunk text is redacted before it gets here).</summary>
public sealed record VectorRecord(
    Guid ChunkId,
    Guid DocumentId,
    string SourceId,
    ReadOnlyMemory<float> Vector,
    IReadOnlyDictionary<string, string> Metadata);
