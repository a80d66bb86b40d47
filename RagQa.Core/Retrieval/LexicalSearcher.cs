using Npgsql;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Retrieval;

/// <summary>
/// Portuguese full-text search over chunk text (unaccented, stemmed, stop words dropped: the <c>ragqa_pt</c>
/// configuration). A chunk matches when it shares any of the question's lexemes; lexemes of four letters or
/// more also match as prefixes, so "entreg" finds "entregador". Chunks are ranked by the summed inverse
/// document frequency (the BM25 form) of the lexemes they contain, counted within the searched chunks, then
/// by length (shorter first).
/// </summary>
/// <remarks>
/// Measured on the known-item set (eval/retrieval, 77 questions over the 2,000-review sample): the former
/// ranking, <c>ts_rank_cd</c> over the OR-ed lexemes, reached MRR@10 0.70 and ~80 ms per query on 43k chunks,
/// because it weighs "produto" as much as "esterilizador" and computes cover density for every match; the IDF
/// sum reaches 0.91 and ~17 ms (eval/retrieval/README.md). Document frequencies come from the matched rows
/// themselves (a window count per lexeme), so no statistics table has to be kept up to date.
/// The score is rounded before the tie-breaks: reviews matching the same lexemes must tie exactly, whatever order
/// the sum adds them in, so that the shorter one wins as intended rather than by floating-point noise.
/// The collection's size is counted once (a materialised CTE): with a metadata filter the planner underestimates the
/// hits and, inlined, re-counted the collection for every hit — 0.4–1 s instead of 10–20 ms on 4,678 chunks.
/// Raw Npgsql rather than Dapper, unlike the stores: it runs for every question, reads one column of ids, and shares
/// <see cref="MetadataFilterSql"/>'s positional parameters with <c>ReviewStatistics</c>.
/// </remarks>
public sealed class LexicalSearcher(NpgsqlDataSource dataSource)
{
    /// <summary>Shorter lexemes are matched exactly: as prefixes they would match too much.</summary>
    public const int MinimumPrefixLength = 4;

    public Task<IReadOnlyList<Guid>> SearchAsync(string collection, string question, int limit, VectorFilter? filter, CancellationToken cancellationToken) =>
        SearchAsync(collection, question, [], TypoTolerance.Off, limit, filter, cancellationToken);

    /// <summary>
    /// As above, with extra words (synonyms or translations of the question's) whose lexemes count their weight times
    /// their inverse document frequency; a lexeme of the question itself, or one added twice, keeps its highest weight.
    /// With <paramref name="typos"/> on, a question lexeme of four letters or more that no chunk of the collection
    /// contains (not even as a prefix) also adds the collection's most similar lexeme (<see cref="TypoTolerance"/>).
    /// </summary>
    public async Task<IReadOnlyList<Guid>> SearchAsync(
        string collection, string question, IReadOnlyList<WeightedWord> expansions, TypoTolerance typos, int limit, VectorFilter? filter,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typos);
        var (filterSql, filterParameters) = MetadataFilterSql.Build(filter, firstParameter: 9);
        await using var command = dataSource.CreateCommand(
            $"""
            WITH question AS (
                SELECT lexeme FROM unnest(tsvector_to_array(to_tsvector('ragqa_pt', $2))) AS lexeme),
            corrections AS (
                SELECT best.lexeme FROM question q CROSS JOIN LATERAL (
                    SELECT v.lexeme FROM collection_lexemes v
                    WHERE v.collection = $1 AND v.lexeme % q.lexeme AND similarity(v.lexeme, q.lexeme) >= $8
                    ORDER BY similarity(v.lexeme, q.lexeme) DESC, v.lexeme
                    LIMIT 1) best
                WHERE $7 > 0 AND length(q.lexeme) >= $4
                  AND NOT EXISTS (SELECT 1 FROM collection_lexemes v WHERE v.collection = $1 AND starts_with(v.lexeme, q.lexeme))),
            words AS (
                SELECT lexeme, 1.0::float8 AS weight FROM question
                UNION ALL
                SELECT lexeme, e.weight FROM unnest($5::text[], $6::float8[]) AS e (word, weight),
                     unnest(tsvector_to_array(to_tsvector('ragqa_pt', e.word))) AS lexeme
                UNION ALL
                SELECT lexeme, $7 FROM corrections),
            terms AS (
                SELECT lexeme, max(weight) AS weight,
                       to_tsquery('simple', quote_literal(lexeme) || CASE WHEN length(lexeme) >= $4 THEN ':*' ELSE '' END) AS query
                FROM words GROUP BY lexeme),
            hits AS (
                SELECT c.id, length(c.tsv) AS words, t.weight, count(*) OVER (PARTITION BY t.lexeme)::float8 AS df
                FROM chunks c JOIN terms t ON c.tsv @@ t.query
                WHERE c.collection = $1 {filterSql}),
            total AS MATERIALIZED (SELECT count(*)::float8 AS n FROM chunks WHERE collection = $1)
            SELECT h.id FROM hits h CROSS JOIN total
            GROUP BY h.id, h.words
            ORDER BY round(sum(h.weight * ln(1 + (total.n - h.df + 0.5) / (h.df + 0.5)))::numeric, 9) DESC, h.words, h.id
            LIMIT $3
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = collection });
        command.Parameters.Add(new NpgsqlParameter { Value = question });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        command.Parameters.Add(new NpgsqlParameter { Value = MinimumPrefixLength });
        command.Parameters.Add(new NpgsqlParameter { Value = expansions.Select(e => e.Word).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = expansions.Select(e => e.Weight).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = typos.Weight });
        command.Parameters.Add(new NpgsqlParameter { Value = typos.MinimumSimilarity });
        foreach (var parameter in filterParameters) command.Parameters.Add(parameter);
        var ids = new List<Guid>(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetGuid(0));
        return ids;
    }
}
