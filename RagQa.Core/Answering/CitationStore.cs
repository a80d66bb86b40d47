using Npgsql;

namespace RagQa.Core.Answering;

/// <summary>Reads the citations stored with answers (<c>query_results</c>), for the query view and the escalation list alike.</summary>
public sealed class CitationStore(NpgsqlDataSource dataSource)
{
    /// <summary>The citations of each of these queries, in citation order; a query without any has no entry.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Citation>>> ForQueriesAsync(IReadOnlyList<Guid> queryIds, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT r.query_id, r.citation_index, r.chunk_id, r.document_id, COALESCE(c.source_id, ''), r.quote, r.score " +
            "FROM query_results r LEFT JOIN chunks c ON c.id = r.chunk_id WHERE r.query_id = ANY($1) AND r.citation_index IS NOT NULL " +
            "ORDER BY r.query_id, r.citation_index");
        command.Parameters.Add(new NpgsqlParameter { Value = queryIds.ToArray() });
        var citations = new Dictionary<Guid, List<Citation>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var queryId = reader.GetGuid(0);
            if (!citations.TryGetValue(queryId, out var list)) citations[queryId] = list = [];
            list.Add(new Citation(reader.GetInt32(1), reader.GetGuid(2), reader.GetGuid(3), reader.GetString(4), reader.GetString(5), reader.GetDouble(6)));
        }
        return citations.ToDictionary(c => c.Key, c => (IReadOnlyList<Citation>)c.Value);
    }
}
