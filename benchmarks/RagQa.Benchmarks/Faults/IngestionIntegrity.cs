using Npgsql;

namespace RagQa.Benchmarks.Faults;

/// <summary>
/// What SQL says about one document after a fault: chunks stored against chunks expected (lost), rows that
/// repeat a (source, text) pair of the same document (duplicated), and live vectors per chunk.
/// </summary>
public sealed record IngestionIntegrity(long Expected, long Chunks, long Duplicated, long Vectors, long VectorDuplicates)
{
    public long Lost => Math.Max(0, Expected - Chunks);

    public long Extra => Math.Max(0, Chunks - Expected);

    public static async Task<IngestionIntegrity> CheckAsync(string connectionString, Guid documentId, long expected)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT
              (SELECT count(*) FROM chunks WHERE document_id = @id),
              (SELECT count(*) - count(DISTINCT (source_id, text)) FROM chunks WHERE document_id = @id),
              (SELECT count(*) FROM chunk_vectors WHERE document_id = @id AND NOT deleted),
              (SELECT count(*) - count(DISTINCT chunk_id) FROM chunk_vectors WHERE document_id = @id AND NOT deleted)
            """, connection);
        command.Parameters.AddWithValue("id", documentId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new IngestionIntegrity(expected, reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }
}
