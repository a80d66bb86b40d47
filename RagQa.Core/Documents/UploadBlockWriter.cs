using System.Buffers;
using System.Security.Cryptography;
using Npgsql;

namespace RagQa.Core.Documents;

/// <summary>
/// Copies a stream into <c>upload_blocks</c> in fixed-size blocks while hashing it, so a file of any
/// size passes through with one block in memory. Runs inside the caller's transaction.
/// </summary>
public static class UploadBlockWriter
{
    public const int BlockSize = 1024 * 1024;

    /// <returns>The byte count and the lower-case hex SHA-256 of the content.</returns>
    /// <exception cref="UploadTooLargeException">The content exceeded <paramref name="maxBytes"/>.</exception>
    public static async Task<(long Size, string Sha256)> WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid documentId, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            long total = 0;
            var seq = 0;
            while (true)
            {
                var filled = await FillAsync(content, buffer, cancellationToken);
                if (filled == 0) break;
                total += filled;
                if (total > maxBytes) throw new UploadTooLargeException(maxBytes);
                hash.AppendData(buffer, 0, filled);
                // Raw Npgsql, not Dapper: a typed ArraySegment parameter sends the pooled buffer as it is, where Dapper
                // would need a fresh 1 MiB array per block.
                await using var command = new NpgsqlCommand(
                    "INSERT INTO upload_blocks (document_id, seq, data) VALUES ($1, $2, $3)", connection, transaction);
                command.Parameters.Add(new NpgsqlParameter { Value = documentId });
                command.Parameters.Add(new NpgsqlParameter { Value = seq++ });
                command.Parameters.Add(new NpgsqlParameter<ArraySegment<byte>> { TypedValue = new ArraySegment<byte>(buffer, 0, filled) });
                await command.ExecuteNonQueryAsync(cancellationToken);
                if (filled < BlockSize) break;
            }
            return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<int> FillAsync(Stream content, byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < BlockSize)
        {
            var read = await content.ReadAsync(buffer.AsMemory(filled, BlockSize - filled), cancellationToken);
            if (read == 0) break;
            filled += read;
        }
        return filled;
    }
}
