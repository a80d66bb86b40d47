using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using RagQa.Core.Chunks;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Answering;

/// <summary>
/// Counts reviews for aggregate answers over the whole collection (not the retrieved top-k), in Postgres:
/// theme mentions via full-text queries on <c>chunks.tsv</c>, scores via <c>metadata.review_score</c>, the
/// question's filters via <see cref="MetadataFilterSql"/>. Counts are of distinct <c>source_id</c>s — reviews,
/// not chunks. Examples are the reviews that rank highest (<c>ts_rank_cd</c>) for a theme among its shortest
/// matches of a readable length. On 100,000 reviews a breakdown takes about a second.
/// </summary>
/// <remarks>
/// Raw Npgsql rather than Dapper, unlike the stores: the statements are built per question, with one result column per
/// theme (no fixed row type could name them) and <see cref="MetadataFilterSql"/>'s positional parameters, on the path of
/// every aggregate question.
/// </remarks>
public sealed class ReviewStatistics(NpgsqlDataSource dataSource)
{
    /// <summary>The score stored per chunk from its metadata (migration 009), null when it is not a whole number of stars 1–5.</summary>
    private const string Score = "c.review_score";

    /// <summary>Readable examples first: long enough to say something, short enough to quote whole.</summary>
    private const string Readable = "(length(c.text) BETWEEN 30 AND 240)";

    /// <summary>
    /// Every theme of <paramref name="polarity"/> counted in one statement over the reviews in scope; the
    /// <paramref name="maxThemes"/> most frequent (ties in lexicon order) with up to <paramref name="examplesPerTheme"/>
    /// examples each, no review quoted twice.
    /// </summary>
    /// <param name="mentions">Word stems the reviews in scope mention (a word of its text starts with each), or none.</param>
    /// <param name="anyMention">Whether one of <paramref name="mentions"/> is enough ("'x' ou 'y'") instead of every one.</param>
    /// <param name="exclusion">Reviews the question sets aside, or null.</param>
    public async Task<ThemeBreakdown> BreakdownAsync(
        string collection, ThemePolarity polarity, ScoreRange? scope, VectorFilter? filter, int maxThemes, int examplesPerTheme,
        IReadOnlyList<string> mentions, bool anyMention, ReviewExclusion? exclusion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var themes = ReviewThemes.Of(polarity);
        var sql = new SqlBuilder(collection, scope, mentions, anyMention, exclusion);
        var queries = string.Join(", ", themes.Select((t, i) => $"to_tsquery('ragqa_pt', {sql.Add(t.TsQuery)}) AS q{i}"));
        var perReview = string.Join(", ", themes.Select((_, i) => $"bool_or(c.tsv @@ q.q{i}) AS t{i}"));
        var counts = string.Join(", ", themes.Select((_, i) => $"count(*) FILTER (WHERE r.t{i})"));
        var any = string.Join(" OR ", themes.Select((_, i) => $"r.t{i}"));
        // The queries are parsed once (a materialised CTE; inlined, to_tsquery would run per row), and each review
        // is reduced to one row of theme flags, so every count is a plain count of reviews, not of chunks.
        var statement =
            $"WITH {{mentioned}}q AS MATERIALIZED (SELECT {queries}) " +
            $"SELECT count(*), {counts}, count(*) FILTER (WHERE {any}) " +
            $"FROM (SELECT c.source_id, {perReview} FROM chunks c, q WHERE {{scope}} GROUP BY c.source_id) r";

        int scopeReviews, themed;
        var reviews = new int[themes.Count];
        await using (var command = sql.Command(dataSource, filter, statement))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            scopeReviews = (int)reader.GetInt64(0);
            for (var i = 0; i < themes.Count; i++) reviews[i] = (int)reader.GetInt64(i + 1);
            themed = (int)reader.GetInt64(themes.Count + 1);
        }

        var top = Enumerable.Range(0, themes.Count)
            .Where(i => reviews[i] > 0)
            .OrderByDescending(i => reviews[i]).ThenBy(i => i)
            .Take(maxThemes)
            .ToList();
        var candidates = await ExamplesAsync(collection, scope, filter, mentions, anyMention, exclusion, top.Select(i => themes[i]).ToList(), examplesPerTheme * 4, cancellationToken);
        var examples = PickExamples(candidates, examplesPerTheme);
        var listed = top.Select((i, rank) => new ThemeCount(themes[i], reviews[i], examples[rank])).ToList();
        return new ThemeBreakdown(polarity, scope, scopeReviews, themed, listed);
    }

    /// <summary>The newest review's day in the collection (within <paramref name="filter"/>), null when no review has a date.</summary>
    public async Task<DateOnly?> NewestDayAsync(string collection, VectorFilter? filter, CancellationToken cancellationToken)
    {
        var sql = new SqlBuilder(collection, range: null, mentions: [], anyMention: false, exclusion: null);
        await using var command = sql.Command(dataSource, filter,
            "SELECT max(c.review_day) FROM chunks c WHERE {scope}");
        return await command.ExecuteScalarAsync(cancellationToken) is string day
            ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
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
        string collection, ScoreRange? scope, VectorFilter? filter, IReadOnlyList<string> mentions, bool anyMention, ReviewExclusion? exclusion,
        IReadOnlyList<ReviewTheme> themes, int perTheme, CancellationToken cancellationToken)
    {
        var results = themes.Select(_ => new List<ThemeExample>()).ToList();
        if (themes.Count == 0) return results;
        var sql = new SqlBuilder(collection, scope, mentions, anyMention, exclusion);
        var queries = sql.Add(themes.Select(t => t.TsQuery).ToArray());
        var limit = sql.Add(perTheme);
        // One statement for all themes. Ranking is costly with these long queries, so each theme ranks only a pool
        // of its shortest readable matches; the queries are parsed once (materialised), not per row.
        await using var command = sql.Command(dataSource, filter,
            $$"""
            WITH {mentioned}th AS MATERIALIZED (
                SELECT ord, to_tsquery('ragqa_pt', query) AS q FROM unnest({{queries}}::text[]) WITH ORDINALITY AS t(query, ord))
            SELECT e.*
            FROM th CROSS JOIN LATERAL (
                SELECT p.*, ts_rank_cd(p.tsv, th.q, 1) AS rank, th.ord
                FROM (
                    SELECT {{ChunkColumns}}, c.tsv FROM chunks c
                    WHERE {scope} AND c.tsv @@ th.q
                    ORDER BY {{Readable}} DESC, length(c.text), c.id
                    LIMIT {{CandidatePool}}) p
                ORDER BY rank DESC, length(p.text), p.id
                LIMIT {{limit}}) e
            ORDER BY e.ord, e.rank DESC, length(e.text), e.id
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            results[(int)reader.GetInt64(9) - 1].Add(new ThemeExample(ReadChunk(reader), reader.GetFloat(8)));
        }
        return results;
    }

    /// <summary>Matches per theme that are ranked for examples: the shortest readable ones.</summary>
    private const int CandidatePool = 100;

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
        private readonly string mentioned = "";

        public SqlBuilder(string collection, ScoreRange? range, IReadOnlyList<string> mentions, bool anyMention, ReviewExclusion? exclusion)
        {
            var collectionParameter = Add(collection);
            scope = $"c.collection = {collectionParameter}" + (range is null ? "" : " AND " + ScoreCondition(range));
            // As the analysis sets reviews aside: what the exclusion does not select, a review of unknown score or day included.
            if (exclusion is not null) scope += $" AND {Excluded(exclusion)} IS NOT TRUE";
            if (mentions.Count == 0) return;
            // The reviews that mention every word (or one of them), as the analysis counts a mention: found once (a
            // materialised CTE), not once per theme of a statement that reads the scope per theme.
            var each = string.Join(anyMention ? " OR " : " AND ", mentions.Select(stem => $"{MentionSql.FoldedText("m")} ~ {Add(MentionSql.Pattern(stem))}"));
            mentioned = $"mentioned AS MATERIALIZED (SELECT m.source_id FROM reviews m WHERE m.collection = {collectionParameter} GROUP BY m.source_id HAVING {each}), ";
            scope += " AND c.source_id IN (SELECT source_id FROM mentioned)";
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

        private string Excluded(ReviewExclusion exclusion)
        {
            var parts = new List<string>();
            if (exclusion.Scores is { } scores) parts.Add(ScoreCondition(scores));
            if (exclusion.From is { } from) parts.Add($"c.review_day >= {Add(Day(from))}");
            if (exclusion.To is { } to) parts.Add($"c.review_day <= {Add(Day(to))}");
            if (exclusion.MonthOfYear is { } month) parts.Add($"substr(c.review_day, 6, 2) = {Add(month.ToString("D2", CultureInfo.InvariantCulture))}");
            return parts.Count == 0 ? "false" : "(" + string.Join(" AND ", parts) + ")";
        }

        /// <summary>The stored day's text form ("2018-03-07"), which orders as the dates do.</summary>
        private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>
        /// The command for <paramref name="template"/>, where <c>{scope}</c> stands for the collection, score and filter
        /// conditions, and <c>{mentioned}</c>, at the start of a WITH list, for the CTE of the reviews that mention the words.
        /// </summary>
        public NpgsqlCommand Command(NpgsqlDataSource dataSource, VectorFilter? filter, string template)
        {
            var (filterSql, filterParameters) = MetadataFilterSql.Build(filter, firstParameter: values.Count + 1);
            var command = dataSource.CreateCommand(template.Replace("{scope}", scope + filterSql, StringComparison.Ordinal)
                .Replace("{mentioned}", mentioned, StringComparison.Ordinal));
            foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
            foreach (var parameter in filterParameters) command.Parameters.Add(parameter);
            return command;
        }
    }
}
