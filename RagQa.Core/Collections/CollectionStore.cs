using Npgsql;

namespace RagQa.Core.Collections;

/// <summary>Reads <c>collections</c> with document and chunk counts.</summary>
public sealed class CollectionStore(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<CollectionSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT c.name, c.description, c.is_system,
                   (SELECT count(*) FROM documents d WHERE d.collection = c.name),
                   (SELECT count(*) FROM documents d WHERE d.collection = c.name AND d.status = 'indexed'),
                   (SELECT count(*) FROM chunks k WHERE k.collection = c.name)
            FROM collections c ORDER BY c.is_system DESC, c.name
            """);
        var collections = new List<CollectionSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            collections.Add(new CollectionSummary(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2),
                reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)));
        }
        return collections;
    }

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM collections WHERE name = $1)");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The collection the caller asked for, or <paramref name="defaultCollection"/>; null when it does not exist.</summary>
    public async Task<string?> ResolveAsync(string? requested, string defaultCollection, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(requested) ? defaultCollection : requested.Trim();
        return await ExistsAsync(name, cancellationToken) ? name : null;
    }
}
