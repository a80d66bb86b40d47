using Npgsql;
using NpgsqlTypes;
using RagQa.Core.Answering;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Analytics;

/// <summary>
/// Turns an <see cref="AnalysisPlan"/> into parameterised SQL over the stored reviews: the <c>reviews</c> table keeps one
/// row per review from its chunks (migration 010; a review is a <c>source_id</c> with its metadata — Olist reuses a review
/// id for the orders it covers, and each order's record is a review of its own) with its score, its date, its whole text
/// folded as Postgres' <c>unaccent(lower())</c> sees it, and the chunk to cite. So every figure counts reviews, not chunks,
/// and the conditions are plain boolean expressions over that row. Question words never become SQL: they are parameters.
/// </summary>
public sealed class AnalysisSql
{
    private readonly List<NpgsqlParameter> _parameters = [];
    private readonly AnalysisPlan _plan;
    private readonly string _reviews;

    public AnalysisSql(string collection, AnalysisPlan plan, VectorFilter? filter, string? groupingKey)
    {
        _plan = plan;
        var collectionParameter = Add(collection, NpgsqlDbType.Text);
        var (filterSql, filterParameters) = MetadataFilterSql.Build(filter, firstParameter: 2);
        _parameters.AddRange(filterParameters);
        var folded = UsesTerms(plan) ? ", c.folded" : "";
        var group = groupingKey is null ? "" : $", c.metadata ->> {Add(groupingKey, NpgsqlDbType.Text)} AS grp";
        // The filter's conditions are written over "c.metadata", as for the chunks.
        _reviews =
            $"WITH r AS (SELECT c.source_id, c.score, c.day, c.chars, c.first_chunk{folded}{group} " +
            $"FROM reviews c WHERE c.collection = {collectionParameter}{filterSql}), " +
            // Materialised: referenced once (the examples), Postgres would inline it and take the max again for every row.
            "b AS MATERIALIZED (SELECT max(day) AS newest FROM r) ";
    }

    /// <summary>
    /// The figures: one row per group (label, total, matching, average) plus an overall row whose label is null; the
    /// newest review date in every row (relative periods are counted from it); and how many reviews of the group fall in
    /// the question's period, so a month or year with none of the counted reviews still gets its row (a zero).
    /// </summary>
    public AnalysisStatement Figures()
    {
        var population = Condition(_plan.Population);
        var subject = Condition(_plan.Subject);
        var period = Condition(new ReviewCondition(Period: _plan.Population.Period ?? _plan.Subject.Period) { Except = _plan.Population.Except });
        string Select(string label, string scope, string counted) =>
            $"SELECT {label} AS label, count(*) FILTER (WHERE {scope}) AS total, count(*) FILTER (WHERE {scope} AND {counted}) AS matching, " +
            $"avg(score) FILTER (WHERE {scope} AND {counted} AND score IS NOT NULL)::float8 AS average, max(b.newest) AS newest, " +
            $"count(*) FILTER (WHERE {period}) AS in_period FROM r, b";
        var overall = Select("NULL::text", population, subject);
        string Group(ComparedGroup g) => Add(g.Label, NpgsqlDbType.Text) + "::text";
        var rows = _plan.Compared.Count > 0
            ? _plan.Compared.Select(g => _plan.ComparesShares
                ? Select(Group(g), population, $"{subject} AND {Condition(g.Condition)}")
                : Select(Group(g), $"{population} AND {Condition(g.Condition)}", subject))
            : GroupExpression() is { } expression
            ? [$"{Select(expression, population, subject)} WHERE {expression} IS NOT NULL GROUP BY 1"]
            : [];
        return new AnalysisStatement(_reviews + string.Join(" UNION ALL ", rows.Append(overall).Select(s => $"({s})")), _parameters.ToList());
    }

    /// <summary>The first chunk of up to <paramref name="limit"/> matching reviews, the readable ones (30–240 characters) first.</summary>
    public AnalysisStatement Examples(int limit)
    {
        var where = $"{Condition(_plan.Population)} AND {Condition(_plan.Subject)}";
        static string Readable(string alias) => $"({alias}.chars BETWEEN 30 AND 240) DESC, {alias}.chars, {alias}.source_id";
        var sql = _reviews +
                  $"SELECT e.first_chunk FROM (SELECT r.first_chunk, r.source_id, r.chars FROM r, b WHERE {where} ORDER BY {Readable("r")} " +
                  $"LIMIT {Add(limit, NpgsqlDbType.Integer)}) e ORDER BY {Readable("e")}";
        return new AnalysisStatement(sql, _parameters.ToList());
    }

    private string? GroupExpression() => _plan.Grouping switch
    {
        AnalysisGrouping.Score => "score::text",
        AnalysisGrouping.Year => "to_char(day, 'YYYY')",
        AnalysisGrouping.Month => "to_char(day, 'YYYY-MM')",
        AnalysisGrouping.Metadata => "grp",
        _ => null,
    };

    private string Condition(ReviewCondition condition)
    {
        var parts = new List<string>();
        if (condition.Scores is { } scores)
        {
            if (scores.Min is { } min) parts.Add($"score >= {Add(min, NpgsqlDbType.Integer)}");
            if (scores.Max is { } max) parts.Add($"score <= {Add(max, NpgsqlDbType.Integer)}");
        }
        if (condition.Period is { } period)
        {
            if (period.From is { } from) parts.Add($"day >= {Add(from, NpgsqlDbType.Date)}");
            if (period.To is { } to) parts.Add($"day <= {Add(to, NpgsqlDbType.Date)}");
            if (period.LastMonths is { } months)
            {
                var skipped = period.SkippedMonths ?? 0;
                parts.Add($"day >= (date_trunc('month', b.newest) - ({Add(months + skipped, NpgsqlDbType.Integer)} - 1) * interval '1 month')::date");
                if (skipped > 0) parts.Add($"day < (date_trunc('month', b.newest) - ({Add(skipped, NpgsqlDbType.Integer)} - 1) * interval '1 month')::date");
            }
            if (period.YearsBack is { } back)
            {
                parts.Add($"extract(year FROM day) = extract(year FROM b.newest) - {Add(back, NpgsqlDbType.Integer)}");
                if (period is { FirstMonth: { } first, LastMonth: { } last })
                {
                    parts.Add($"extract(month FROM day) BETWEEN {Add(first, NpgsqlDbType.Integer)} AND {Add(last, NpgsqlDbType.Integer)}");
                }
            }
            if (period.PartMonths is { } part)
            {
                // Parts counted from year 0: the one the newest review is in, less the parts back.
                var size = Add(part, NpgsqlDbType.Integer);
                parts.Add($"div((extract(year FROM day) * 12 + extract(month FROM day))::int - 1, {size})"
                    + $" = div((extract(year FROM b.newest) * 12 + extract(month FROM b.newest))::int - 1, {size}) - {Add(period.PartsBack ?? 0, NpgsqlDbType.Integer)}");
            }
            if (period.MonthOfYear is { } month) parts.Add($"extract(month FROM day) = {Add(month, NpgsqlDbType.Integer)}");
        }
        // "sem contar as de 5 estrelas": what the excluded condition does not select (a review of unknown score included).
        if (condition.Except is { } except) parts.Add($"{Condition(except)} IS NOT TRUE");
        if (condition.Terms.Count > 0)
        {
            var terms = condition.Terms.Select(t => $"folded ~ {Add(MentionSql.Pattern(t), NpgsqlDbType.Text)}");
            parts.Add("(" + string.Join(condition.AllTerms ? " AND " : " OR ", terms) + ")");
        }
        return parts.Count == 0 ? "true" : "(" + string.Join(" AND ", parts) + ")";
    }

    private static bool UsesTerms(AnalysisPlan plan) =>
        plan.Population.Terms.Count > 0 || plan.Subject.Terms.Count > 0 || plan.Compared.Any(g => g.Condition.Terms.Count > 0);

    private string Add(object value, NpgsqlDbType type)
    {
        _parameters.Add(new NpgsqlParameter { Value = value, NpgsqlDbType = type });
        return "$" + _parameters.Count;
    }
}
