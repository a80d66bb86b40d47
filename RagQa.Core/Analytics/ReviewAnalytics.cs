using Dapper;
using Npgsql;
using RagQa.Core.Chunks;
using RagQa.Core.Text;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Analytics;

/// <summary>
/// Runs an <see cref="AnalysisPlan"/> exactly, in Postgres (<see cref="AnalysisSql"/>): one statement for the figures,
/// one for the example reviews to cite. A score distribution lists every score 1–5, zeros included.
/// </summary>
public sealed class ReviewAnalytics(NpgsqlDataSource dataSource, ChunkStore chunks)
{
    public async Task<AnalysisResult> RunAsync(string collection, AnalysisPlan plan, VectorFilter? filter, int examples, CancellationToken cancellationToken)
    {
        string? key = null;
        if (plan.Grouping == AnalysisGrouping.Metadata)
        {
            key = await ResolveKeyAsync(collection, plan.GroupingKey!, cancellationToken);
            if (key is null) return AnalysisResult.NoSuchKey(plan.GroupingKey!);
        }
        var sql = new AnalysisSql(collection, plan, filter, key);

        var rows = new List<AnalysisRow>();
        (int Total, int Matching, double? Average, DateOnly? Newest) overall = default;
        await using (var command = sql.Figures().CreateCommand(dataSource))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            // Raw Npgsql, not Dapper: the statement is built per question (AnalysisSql); its columns are read by name.
            var (label, totalAt, matchingAt, averageAt, newestAt, inPeriodAt) = (reader.GetOrdinal("label"), reader.GetOrdinal("total"),
                reader.GetOrdinal("matching"), reader.GetOrdinal("average"), reader.GetOrdinal("newest"), reader.GetOrdinal("in_period"));
            while (await reader.ReadAsync(cancellationToken))
            {
                var total = (int)reader.GetInt64(totalAt);
                var matching = (int)reader.GetInt64(matchingAt);
                double? average = reader.IsDBNull(averageAt) ? null : reader.GetDouble(averageAt);
                if (reader.IsDBNull(label))
                {
                    overall = (total, matching, average, reader.IsDBNull(newestAt) ? null : reader.GetFieldValue<DateOnly>(newestAt));
                    continue;
                }
                if (reader.GetInt64(inPeriodAt) > 0 || plan.Compared.Count > 0) rows.Add(new AnalysisRow(reader.GetString(label), matching, total, Share(matching, total), average));
            }
        }
        rows = Complete(plan, rows, overall.Total);
        if (overall.Newest is { } newest) rows = WithResolvedPeriods(plan, rows, newest);

        var found = new List<ChunkRecord>();
        if (examples > 0 && overall.Matching > 0)
        {
            var ids = new List<Guid>();
            await using (var command = sql.Examples(examples).CreateCommand(dataSource))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                var firstChunk = reader.GetOrdinal("first_chunk");
                while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetGuid(firstChunk));
            }
            var byId = (await chunks.GetAsync(ids, cancellationToken)).ToDictionary(c => c.Id);
            found = ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        }
        return new AnalysisResult(overall.Total, overall.Matching, overall.Average, rows, overall.Newest, found);
    }

    /// <summary>
    /// Rows in their natural order. A plain distribution or grouping (no subject) counts the group itself: its count is
    /// the group's size and its share is of the whole population.
    /// </summary>
    private static List<AnalysisRow> Complete(AnalysisPlan plan, List<AnalysisRow> rows, int population)
    {
        var plain = plan.Subject.IsEmpty && plan.Compared.Count == 0;
        if (plain) rows = rows.Select(r => r with { Count = r.Total, Total = population, Share = Share(r.Total, population) }).ToList();
        if (plan.Grouping == AnalysisGrouping.Score)
        {
            rows = Enumerable.Range(1, 5).Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Select(label => rows.FirstOrDefault(r => r.Label == label) ?? new AnalysisRow(label, 0, plain ? population : 0, 0, null))
                .ToList();
        }
        return plan.Compared.Count > 0 ? rows : rows.OrderBy(r => r.Label, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A compared group counted back from the newest review ("o último trimestre", "o ano passado") is labelled with the
    /// months or the year it counted ("2018-06..2018-08", "2017"), as a fixed period is, not with how the question named it.
    /// </summary>
    internal static List<AnalysisRow> WithResolvedPeriods(AnalysisPlan plan, List<AnalysisRow> rows, DateOnly newest)
    {
        var labels = plan.Compared
            .Where(g => g.Condition.Period?.IsCountedBack == true)
            .ToDictionary(g => g.Label, g => g.Condition.Period!.ResolvedLabel(newest));
        return labels.Count == 0 ? rows : rows.Select(r => labels.TryGetValue(r.Label, out var label) ? r with { Label = label } : r).ToList();
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    /// <summary>The collection's metadata key the question named ("categoria" → <c>product_category</c>, or the key itself), or null if it has none.</summary>
    private async Task<string?> ResolveKeyAsync(string collection, string named, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var keys = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT k FROM (SELECT metadata FROM chunks WHERE collection = @collection LIMIT 10000) c, jsonb_object_keys(c.metadata) k",
            new { collection }, cancellationToken: cancellationToken))).ToList();
        // A model's tool call names the key itself; a question names it in words.
        if (keys.Contains(named)) return named;
        var stem = TermStem.Of(named);
        return keys.Order(StringComparer.Ordinal)
            .FirstOrDefault(k => TextFolding.Fold(k).Split('_', ' ', '-').Any(part => part.StartsWith(stem, StringComparison.Ordinal)));
    }
}
