using System.Text;
using System.Text.Json;
using Npgsql;
using RagQa.Core.Ingestion;
using RagQa.Core.Query;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Answering;

/// <summary>
/// Counts reviews for aggregate answers over the whole collection (not the retrieved top-k), in Postgres:
/// theme mentions via full-text queries on <c>chunks.tsv</c>, scores via <c>metadata.review_score</c>, the
/// question's filters via <see cref="MetadataFilterSql"/>. Counts are of distinct <c>source_id</c>s — reviews,
/// not chunks. Examples are the reviews that rank highest for a theme, preferring texts of a readable length.
/// </summary>
public sealed class ReviewStatistics(NpgsqlDataSource dataSource)
{
    /// <summary>The score as an integer, null when the chunk has none or it is not a whole number.</summary>
    private const string Score = "(CASE WHEN c.metadata ->> 'review_score' ~ '^[0-9]+$' THEN (c.metadata ->> 'review_score')::int END)";

    /// <summary>Readable examples first: long enough to say something, short enough to quote whole.</summary>
    private const string Readable = "(length(c.text) BETWEEN 30 AND 240)";

    /// <summary>
    /// Every theme of <paramref name="polarity"/> counted in one statement over the reviews in scope; the
    /// <paramref name="maxThemes"/> most frequent (ties in lexicon order) with up to <paramref name="examplesPerTheme"/>
    /// examples each, no review quoted twice.
    /// </summary>
    public async Task<ThemeBreakdown> BreakdownAsync(
        string collection, ThemePolarity polarity, ScoreRange? scope, VectorFilter? filter, int maxThemes, int examplesPerTheme,
        CancellationToken cancellationToken)
    {
        var themes = ReviewThemes.Of(polarity);
        var sql = new SqlBuilder(collection, scope);
        var queries = themes.Select(t => sql.Add(t.TsQuery)).ToList();
        var columns = new StringBuilder("count(DISTINCT c.source_id)");
        for (var i = 0; i < themes.Count; i++) columns.Append($", count(DISTINCT c.source_id) FILTER (WHERE c.tsv @@ q.q{i})");
        columns.Append(", count(DISTINCT c.source_id) FILTER (WHERE ")
            .Append(string.Join(" OR ", themes.Select((_, i) => $"c.tsv @@ q.q{i}"))).Append(')');
        var tsqueries = string.Join(", ", queries.Select((p, i) => $"to_tsquery('ragqa_pt', {p}) AS q{i}"));

        int scopeReviews, themed;
        var counts = new int[themes.Count];
        await using (var command = sql.Command(dataSource, filter, $"SELECT {columns} FROM chunks c, (SELECT {tsqueries}) q WHERE {{scope}}"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            scopeReviews = (int)reader.GetInt64(0);
            for (var i = 0; i < themes.Count; i++) counts[i] = (int)reader.GetInt64(i + 1);
            themed = (int)reader.GetInt64(themes.Count + 1);
        }

        var top = Enumerable.Range(0, themes.Count)
            .Where(i => counts[i] > 0)
            .OrderByDescending(i => counts[i]).ThenBy(i => i)
            .Take(maxThemes)
            .ToList();
        var candidates = await ExamplesAsync(collection, scope, filter, top.Select(i => themes[i]).ToList(), examplesPerTheme * 4, cancellationToken);
        var examples = PickExamples(candidates, examplesPerTheme);
        var listed = top.Select((i, rank) => new ThemeCount(themes[i], counts[i], examples[rank])).ToList();
        return new ThemeBreakdown(polarity, scope, scopeReviews, themed, listed);
    }

    /// <summary>
    /// Counts the subject of a share or count question (see <see cref="SubjectCount"/>): a theme or terms among all
    /// reviews; a polarity's score range among all reviews; or terms within the polarity's range.
    /// </summary>
    public async Task<SubjectCount> CountAsync(
        string collection, ClassifiedQuestion question, ScoreRange? polarityScope, VectorFilter? filter, int examples,
        CancellationToken cancellationToken)
    {
        var termsWithinPolarity = question.Theme is null && question.Terms is not null && question.Polarity is not null;
        var denominatorScope = termsWithinPolarity ? polarityScope : null;
        var sql = new SqlBuilder(collection, denominatorScope);
        var match = new List<string>();
        string query = "NULL::tsquery";
        if (question.Theme is not null)
        {
            query = $"to_tsquery('ragqa_pt', {sql.Add(question.Theme.TsQuery)})";
        }
        else if (question.Terms is not null)
        {
            // The question's own words, stemmed like the chunks; every one must occur.
            query = $"(SELECT to_tsquery('simple', string_agg(quote_literal(lexeme), ' & ')) FROM unnest(tsvector_to_array(to_tsvector('ragqa_pt', {sql.Add(question.Terms)}))) AS lexeme)";
        }
        if (question.Theme is not null || question.Terms is not null) match.Add("c.tsv @@ q.query");
        if (question.Theme is null && question.Polarity is not null && !termsWithinPolarity) match.Add(sql.ScoreCondition(polarityScope));
        var matchSql = match.Count == 0 ? "false" : string.Join(" AND ", match);

        int total, matching;
        await using (var command = sql.Command(dataSource, filter,
            $"SELECT count(DISTINCT c.source_id), count(DISTINCT c.source_id) FILTER (WHERE {matchSql}) FROM chunks c, (SELECT {query} AS query) q WHERE {{scope}}"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            total = (int)reader.GetInt64(0);
            matching = (int)reader.GetInt64(1);
        }

        var order = question.Theme is null && question.Terms is null
            ? $"{Readable} DESC, {Score} {(question.Polarity == ThemePolarity.Complaint ? "ASC" : "DESC")}, c.id"
            : $"{Readable} DESC, ts_rank_cd(c.tsv, q.query, 1) DESC, length(c.text), c.id";
        var limit = sql.Add(examples * 4);
        var found = new List<ThemeExample>();
        await using (var command = sql.Command(dataSource, filter,
            $"SELECT {ChunkColumns}, COALESCE(ts_rank_cd(c.tsv, q.query, 1), 0) FROM chunks c, (SELECT {query} AS query) q " +
            $"WHERE {{scope}} AND {matchSql} ORDER BY {order} LIMIT {limit}"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) found.Add(new ThemeExample(ReadChunk(reader), reader.GetFloat(7)));
        }
        return new SubjectCount(question, polarityScope, matching, total, PickExamples([found], examples)[0]);
    }

    /// <summary>For each theme in order, the first <paramref name="perTheme"/> candidates whose review no earlier pick quotes.</summary>
    internal static IReadOnlyList<IReadOnlyList<ThemeExample>> PickExamples(IReadOnlyList<IReadOnlyList<ThemeExample>> candidates, int perTheme)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        return candidates
            .Select(list => (IReadOnlyList<ThemeExample>)list.Where(e => used.Add(e.Chunk.SourceId)).Take(perTheme).ToList())
            .ToList();
    }

    private async Task<IReadOnlyList<IReadOnlyList<ThemeExample>>> ExamplesAsync(
        string collection, ScoreRange? scope, VectorFilter? filter, IReadOnlyList<ReviewTheme> themes, int perTheme, CancellationToken cancellationToken)
    {
        var results = themes.Select(_ => new List<ThemeExample>()).ToList();
        if (themes.Count == 0) return results;
        var sql = new SqlBuilder(collection, scope);
        var queries = sql.Add(themes.Select(t => t.TsQuery).ToArray());
        var limit = sql.Add(perTheme);
        // One statement for all themes: a lateral top-N per theme, each using the GIN index on tsv.
        await using var command = sql.Command(dataSource, filter,
            $$"""
            SELECT e.*
            FROM unnest({{queries}}::text[]) WITH ORDINALITY AS t(query, ord)
            CROSS JOIN LATERAL (
                SELECT {{ChunkColumns}}, ts_rank_cd(c.tsv, to_tsquery('ragqa_pt', t.query), 1) AS rank, t.ord,
                       row_number() OVER (ORDER BY {{Readable}} DESC, ts_rank_cd(c.tsv, to_tsquery('ragqa_pt', t.query), 1) DESC, length(c.text), c.id) AS position
                FROM chunks c
                WHERE {scope} AND c.tsv @@ to_tsquery('ragqa_pt', t.query)
                ORDER BY position
                LIMIT {{limit}}) e
            ORDER BY e.ord, e.position
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            results[(int)reader.GetInt64(8) - 1].Add(new ThemeExample(ReadChunk(reader), reader.GetFloat(7)));
        }
        return results;
    }

    private const string ChunkColumns = "c.id, c.document_id, c.collection, c.source_id, c.ordinal, c.text, c.metadata::text";

    private static ChunkRecord ReadChunk(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetString(5),
        JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(6)) ?? []);

    /// <summary>
    /// Positional parameter values ($1 = collection) plus the scope condition; each command gets its own parameter
    /// objects (Npgsql ties a parameter to one command), with the question's filters numbered after the values so far.
    /// </summary>
    private sealed class SqlBuilder
    {
        private readonly List<object> values = [];
        private readonly string scope;

        public SqlBuilder(string collection, ScoreRange? range)
        {
            var collectionParameter = Add(collection);
            scope = $"c.collection = {collectionParameter}" + (range is null ? "" : " AND " + ScoreCondition(range));
        }

        public string Add(object value)
        {
            values.Add(value);
            return "$" + values.Count;
        }

        public string ScoreCondition(ScoreRange? range)
        {
            if (range is null || (range.Min is null && range.Max is null)) return "true";
            var conditions = new List<string>();
            if (range.Min is { } min) conditions.Add($"{Score} >= {Add(min)}");
            if (range.Max is { } max) conditions.Add($"{Score} <= {Add(max)}");
            return "(" + string.Join(" AND ", conditions) + ")";
        }

        /// <summary>The command for <paramref name="template"/>, where <c>{scope}</c> stands for the collection, score and filter conditions.</summary>
        public NpgsqlCommand Command(NpgsqlDataSource dataSource, VectorFilter? filter, string template)
        {
            var (filterSql, filterParameters) = MetadataFilterSql.Build(filter, firstParameter: values.Count + 1);
            var command = dataSource.CreateCommand(template.Replace("{scope}", scope + filterSql, StringComparison.Ordinal));
            foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
            foreach (var parameter in filterParameters) command.Parameters.Add(parameter);
            return command;
        }
    }
}
