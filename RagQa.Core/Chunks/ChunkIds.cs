using RagQa.Core.Data;

namespace RagQa.Core.Chunks;

/// <summary>
/// Deterministic chunk and batch ids (<see cref="NameBasedGuid"/>), so re-processing a document after a
/// crash produces the same ids and upserts land on the rows already there.
/// </summary>
public static class ChunkIds
{
    public static Guid Chunk(Guid documentId, int ordinal) => NameBasedGuid.Create(documentId, 'c', ordinal);

    public static Guid EmbedBatch(Guid documentId, int batchNumber) => NameBasedGuid.Create(documentId, 'b', batchNumber);
}
