using System.Buffers.Binary;
using System.Security.Cryptography;

namespace RagQa.Core.Ingestion;

/// <summary>
/// Deterministic ids (RFC 9562 version 8, name-based on SHA-256), so re-processing a document after a
/// crash produces the same chunk and batch ids and upserts land on the rows already there.
/// </summary>
public static class ChunkIds
{
    public static Guid Chunk(Guid documentId, int ordinal) => Derive(documentId, 'c', ordinal);

    public static Guid EmbedBatch(Guid documentId, int batchNumber) => Derive(documentId, 'b', batchNumber);

    private static Guid Derive(Guid documentId, char kind, int number)
    {
        Span<byte> input = stackalloc byte[16 + 1 + 4];
        documentId.TryWriteBytes(input, bigEndian: true, out _);
        input[16] = (byte)kind;
        BinaryPrimitives.WriteInt32BigEndian(input[17..], number);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash[..16], bigEndian: true);
    }
}
