using System.Text.Json;
using Dapper;
using Npgsql;

namespace RagQa.Core.Chunks;

/// <summary>Stores and reads chunks; inserts are idempotent on the deterministic chunk id.</summary>
public sealed class ChunkStore(NpgsqlDataSource dataSource)
{
    /// <summary>Inserts the chunks that are not there yet, in one round trip.</summary>
    public async Task InsertAsync(IReadOnlyList<ChunkRecord> chunks, CancellationToken cancellationToken)
    {
        if (chunks.Count == 0) return;
        await using var connection = dataSource.CreateConnection();
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO chunks (id, document_id, collection, source_id, ordinal, text, metadata) " +
            "SELECT * FROM unnest(@ids::uuid[], @documentIds::uuid[], @collections::text[], @sourceIds::text[], @ordinals::int[], @texts::text[], @metadata::jsonb[]) " +
            "ON CONFLICT (id) DO NOTHING",
            new
            {
                ids = chunks.Select(c => c.Id).ToArray(),
                documentIds = chunks.Select(c => c.DocumentId).ToArray(),
                collections = chunks.Select(c => c.Collection).ToArray(),
                sourceIds = chunks.Select(c => c.SourceId).ToArray(),
                ordinals = chunks.Select(c => c.Ordinal).ToArray(),
                texts = chunks.Select(c => c.Text).ToArray(),
                // JSON texts, cast to jsonb[] by the statement: the dictionary type handler writes one jsonb value, not an array.
                metadata = chunks.Select(c => JsonSerializer.Serialize(c.Metadata)).ToArray(),
            },
            cancellationToken: cancellationToken));
    }

    /// <summary>The chunks with these ids, in the order asked (missing ids are left out).</summary>
    public async Task<IReadOnlyList<ChunkRecord>> GetAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        var chunks = await connection.QueryAsync<ChunkRecord>(new CommandDefinition(
            "SELECT c.id, c.document_id, c.collection, c.source_id, c.ordinal, c.text, c.metadata " +
            "FROM unnest(@ids::uuid[]) WITH ORDINALITY AS wanted(id, position) JOIN chunks c ON c.id = wanted.id ORDER BY wanted.position",
            new { ids = ids.ToArray() }, cancellationToken: cancellationToken));
        return chunks.AsList();
    }

    /// <summary>Removes a document's chunks (a document that failed to parse keeps nothing searchable).</summary>
    public async Task DeleteDocumentAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM chunks WHERE document_id = @documentId", new { documentId }, cancellationToken: cancellationToken));
    }
}
