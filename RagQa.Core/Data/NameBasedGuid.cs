using System.Buffers.Binary;
using System.Security.Cryptography;

namespace RagQa.Core.Data;

/// <summary>
/// Deterministic ids (RFC 9562 version 8, name-based on SHA-256) derived from an id, a kind letter and a
/// number: doing the same work again yields the same id, so inserts keyed on it are idempotent.
/// </summary>
public static class NameBasedGuid
{
    public static Guid Create(Guid id, char kind, int number)
    {
        Span<byte> input = stackalloc byte[16 + 1 + 4];
        id.TryWriteBytes(input, bigEndian: true, out _);
        input[16] = (byte)kind;
        BinaryPrimitives.WriteInt32BigEndian(input[17..], number);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash[..16], bigEndian: true);
    }
}
