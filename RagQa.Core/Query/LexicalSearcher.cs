using Npgsql;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Query;

/// <summary>
/// Portuguese full-text search over chunk text (unaccented, stemmed: the <c>ragqa_pt</c> configuration).
/// The question's lexemes are OR-ed, so a long natural question still finds chunks that share some
/// of its words; ts_rank_cd then prefers chunks that share more of them, closer together.
/// </summary>
public sealed class LexicalSearcher(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<Guid>> SearchAsync(string collection, string question, int limit, VectorFilter? filter, CancellationToken cancellationToken)
    {
        var (filterSql, filterParameters) = MetadataFilterSql.Build(filter, firstParameter: 4);
        await using var command = dataSource.CreateCommand(
            $"""
            WITH q AS (
                SELECT to_tsquery('simple', string_agg(quote_literal(lexeme), ' | ')) AS query
                FROM unnest(tsvector_to_array(to_tsvector('ragqa_pt', $2))) AS lexeme)
            SELECT c.id FROM chunks c, q
            WHERE q.query IS NOT NULL AND c.collection = $1 AND c.tsv @@ q.query {filterSql}
            ORDER BY ts_rank_cd(c.tsv, q.query) DESC, c.id
            LIMIT $3
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = collection });
        command.Parameters.Add(new NpgsqlParameter { Value = question });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        foreach (var parameter in filterParameters) command.Parameters.Add(parameter);
        var ids = new List<Guid>(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetGuid(0));
        return ids;
    }
}
