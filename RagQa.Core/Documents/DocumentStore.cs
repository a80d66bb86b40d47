using Npgsql;

namespace RagQa.Core.Documents;

/// <summary>Reads and advances rows of <c>documents</c>.</summary>
public sealed class DocumentStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    private const string Columns =
        "id, collection, filename, content_type, size_bytes, sha256, status, chunks_total, chunks_embedded, " +
        "rows_skipped, redactions, error, created_at, updated_at, indexed_at";

    public async Task<DocumentRecord?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM documents WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<DocumentRecord?> FindByContentAsync(string collection, string sha256, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM documents WHERE collection = $1 AND sha256 = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = collection });
        command.Parameters.Add(new NpgsqlParameter { Value = sha256 });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>How many documents are at each stage; every stage appears, zero when none is there.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        var counts = DocumentStatus.All.ToDictionary(s => s, _ => 0L);
        await using var command = dataSource.CreateCommand("SELECT status, count(*) FROM documents GROUP BY status");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    public async Task<IReadOnlyList<DocumentRecord>> ListAsync(string? collection, string? status, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {Columns} FROM documents WHERE ($1::text IS NULL OR collection = $1) AND ($2::text IS NULL OR status = $2) " +
            "ORDER BY created_at DESC, id OFFSET $3 LIMIT $4");
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)collection ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)status ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = offset });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var documents = new List<DocumentRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) documents.Add(Read(reader));
        return documents;
    }

    /// <summary>Moves a document to <paramref name="status"/>; never out of <c>indexed</c> or <c>failed</c>, so a redelivered message cannot regress it.</summary>
    public async Task SetStatusAsync(Guid id, string status, string? error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE documents SET status = $2, error = COALESCE($3, error), updated_at = $4 " +
            "WHERE id = $1 AND status NOT IN ('indexed', 'failed')");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = status });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)error ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DocumentRecord Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetInt64(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.GetString(6),
        reader.GetInt32(7),
        reader.GetInt32(8),
        reader.GetInt32(9),
        reader.GetInt32(10),
        reader.IsDBNull(11) ? null : reader.GetString(11),
        reader.GetFieldValue<DateTimeOffset>(12),
        reader.GetFieldValue<DateTimeOffset>(13),
        reader.IsDBNull(14) ? null : reader.GetFieldValue<DateTimeOffset>(14));
}
