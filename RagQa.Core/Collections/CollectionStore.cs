using Dapper;
using Npgsql;
using RagQa.Core.Documents;

namespace RagQa.Core.Collections;

/// <summary>Reads <c>collections</c> with document and chunk counts.</summary>
public sealed class CollectionStore(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<CollectionSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        var collections = await connection.QueryAsync<CollectionSummary>(new CommandDefinition(
            """
            SELECT c.name, c.description, c.is_system,
                   (SELECT count(*) FROM documents d WHERE d.collection = c.name) AS documents,
                   (SELECT count(*) FROM documents d WHERE d.collection = c.name AND d.status = @indexed) AS documents_indexed,
                   (SELECT count(*) FROM chunks k WHERE k.collection = c.name) AS chunks
            FROM collections c ORDER BY c.is_system DESC, c.name
            """,
            new { indexed = DocumentStatus.Indexed }, cancellationToken: cancellationToken));
        return collections.AsList();
    }

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM collections WHERE name = @name)", new { name }, cancellationToken: cancellationToken));
    }

    /// <summary>The collection the caller asked for, or <paramref name="defaultCollection"/>; null when it does not exist.</summary>
    public async Task<string?> ResolveAsync(string? requested, string defaultCollection, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(requested) ? defaultCollection : requested.Trim();
        return await ExistsAsync(name, cancellationToken) ? name : null;
    }
}
