using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace RagQa.Core.Chunks;

/// <summary>Stores and reads chunks; inserts are idempotent on the deterministic chunk id.</summary>
public sealed class ChunkStore(NpgsqlDataSource dataSource)
{
    /// <summary>Inserts the chunks that are not there yet, in one round trip.</summary>
    public async Task InsertAsync(IReadOnlyList<ChunkRecord> chunks, CancellationToken cancellationToken)
    {
        if (chunks.Count == 0) return;
        await using var command = dataSource.CreateCommand(
            "INSERT INTO chunks (id, document_id, collection, source_id, ordinal, text, metadata) " +
            "SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::text[], $7::jsonb[]) " +
            "ON CONFLICT (id) DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = chunks.Select(c => c.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = chunks.Select(c => c.DocumentId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = chunks.Select(c => c.Collection).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = chunks.Select(c => c.SourceId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = chunks.Select(c => c.Ordinal).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = chunks.Select(c => c.Text).ToArray() });
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = chunks.Select(c => JsonSerializer.Serialize(c.Metadata)).ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text,
        });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The chunks with these ids, in the order asked (missing ids are left out).</summary>
    public async Task<IReadOnlyList<ChunkRecord>> GetAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT c.id, c.document_id, c.collection, c.source_id, c.ordinal, c.text, c.metadata::text " +
            "FROM unnest($1::uuid[]) WITH ORDINALITY AS wanted(id, position) JOIN chunks c ON c.id = wanted.id ORDER BY wanted.position");
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        var chunks = new List<ChunkRecord>(ids.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            chunks.Add(new ChunkRecord(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetString(5),
                JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(6)) ?? []));
        }
        return chunks;
    }

    /// <summary>Removes a document's chunks (a document that failed to parse keeps nothing searchable).</summary>
    public async Task DeleteDocumentAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM chunks WHERE document_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = documentId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
