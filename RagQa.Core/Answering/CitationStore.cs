using Dapper;
using Npgsql;

namespace RagQa.Core.Answering;

/// <summary>Reads the citations stored with answers (<c>query_results</c>), for the query view and the escalation list alike.</summary>
public sealed class CitationStore(NpgsqlDataSource dataSource)
{
    /// <summary>The citations of each of these queries, in citation order; a query without any has no entry.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Citation>>> ForQueriesAsync(IReadOnlyList<Guid> queryIds, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        // Each row is the query's id, then a Citation's columns from "index" on.
        var rows = await connection.QueryAsync<Guid, Citation, (Guid QueryId, Citation Citation)>(new CommandDefinition(
            "SELECT r.query_id, r.citation_index AS \"index\", r.chunk_id, r.document_id, COALESCE(c.source_id, '') AS source_id, r.quote, r.score " +
            "FROM query_results r LEFT JOIN chunks c ON c.id = r.chunk_id WHERE r.query_id = ANY(@queryIds) AND r.citation_index IS NOT NULL " +
            "ORDER BY r.query_id, r.citation_index",
            new { queryIds = queryIds.ToArray() }, cancellationToken: cancellationToken),
            (queryId, citation) => (queryId, citation), splitOn: "index");
        return rows.GroupBy(r => r.QueryId).ToDictionary(g => g.Key, g => (IReadOnlyList<Citation>)g.Select(r => r.Citation).ToList());
    }
}
