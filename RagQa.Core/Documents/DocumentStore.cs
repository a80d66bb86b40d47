using Dapper;
using Npgsql;

namespace RagQa.Core.Documents;

/// <summary>Reads rows of <c>documents</c> and moves them between stages, as far as <see cref="DocumentStateMachine"/> allows.</summary>
public sealed class DocumentStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    private const string Columns =
        "id, collection, filename, content_type, size_bytes, sha256, status, chunks_total, chunks_embedded, " +
        "rows_skipped, redactions, error, created_at, updated_at, indexed_at";

    public async Task<DocumentRecord?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        return await connection.QuerySingleOrDefaultAsync<DocumentRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM documents WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<DocumentRecord?> FindByContentAsync(string collection, string sha256, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        return await connection.QuerySingleOrDefaultAsync<DocumentRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM documents WHERE collection = @collection AND sha256 = @sha256", new { collection, sha256 },
            cancellationToken: cancellationToken));
    }

    /// <summary>How many documents are at each stage; every stage appears, zero when none is there.</summary>
    public async Task<IReadOnlyDictionary<DocumentStatus, long>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        var found = await connection.QueryAsync<DocumentStatusCount>(new CommandDefinition(
            "SELECT status, count(*) AS count FROM documents GROUP BY status", cancellationToken: cancellationToken));
        var counts = Enum.GetValues<DocumentStatus>().ToDictionary(s => s, _ => 0L);
        foreach (var row in found) counts[row.Status] = row.Count;
        return counts;
    }

    public async Task<IReadOnlyList<DocumentRecord>> ListAsync(
        string? collection, DocumentStatus? status, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        var documents = await connection.QueryAsync<DocumentRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM documents WHERE (@collection::text IS NULL OR collection = @collection) " +
            "AND (@status::text IS NULL OR status = @status) ORDER BY created_at DESC, id OFFSET @offset LIMIT @limit",
            new { collection, status, offset, limit }, cancellationToken: cancellationToken));
        return documents.AsList();
    }

    /// <summary>
    /// Applies <paramref name="transition"/> if the document's current status allows it (in the UPDATE itself, so a
    /// stale or redelivered message cannot move a document backwards). <paramref name="error"/>, when given, is the reason
    /// a failed document shows.
    /// </summary>
    /// <returns>False when the document is gone or its status does not allow the transition.</returns>
    public async Task<bool> ApplyAsync(Guid id, DocumentTransition transition, string? error, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE documents SET status = @target, error = COALESCE(@error, error), updated_at = @now WHERE id = @id AND status = ANY(@allowed)",
            new
            {
                id,
                target = DocumentStateMachine.Target(transition),
                allowed = DocumentStateMachine.AllowedFrom(transition),
                error,
                now = time.GetUtcNow(),
            },
            cancellationToken: cancellationToken)) == 1;
    }
}
