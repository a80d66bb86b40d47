using System.Globalization;

namespace RagQa.Benchmarks.Load;

/// <summary>The table of a load run: latency percentiles, outcome rates and answer properties, overall and per kind.</summary>
public static class LoadReport
{
    public static string Format(string description, TimeSpan elapsed, IReadOnlyList<QueryOutcome> outcomes)
    {
        var answered = outcomes.Where(o => o.Answered).ToList();
        var escalationReported = answered.Any(o => o.Escalated is not null);
        var rows = string.Join("\n", outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key).Select(g =>
            $"| {g.Key} | {g.Count()} | {Ms(g.Where(o => o.Answered), 50)} | {Ms(g.Where(o => o.Answered), 95)} | {Share(g.Count(o => o.Answered && o.CacheHit == true), g.Count(o => o.Answered))} |"));
        var errors = string.Join(", ", outcomes.Where(o => o.Failed).GroupBy(o => o.Error).Select(g => $"{g.Key} × {g.Count()}"));
        return $"""

            Load — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {description}, {elapsed.TotalSeconds:F0} s

            | measure | value |
            | --- | --- |
            | requests | {outcomes.Count} ({outcomes.Count / elapsed.TotalSeconds:F1}/s) |
            | latency of 200s, p50 / p95 / p99 (client) | {Ms(answered, 50)} / {Ms(answered, 95)} / {Ms(answered, 99)} ms |
            | latency of all responses, p50 / p95 / p99 | {Ms(outcomes, 50)} / {Ms(outcomes, 95)} / {Ms(outcomes, 99)} ms |
            | 200 answered within the sync timeout | {Share(answered.Count, outcomes.Count)} |
            | 202 accepted (answer later via GET /query/id) | {Share(outcomes.Count(o => o.Accepted), outcomes.Count)} |
            | error rate (other status or no response) | {Share(outcomes.Count(o => o.Failed), outcomes.Count)}{(errors.Length > 0 ? $" ({errors})" : "")} |
            | cache hit rate (of 200s) | {Share(answered.Count(o => o.CacheHit == true), answered.Count)} |
            | escalation rate (of 200s) | {(escalationReported ? Share(answered.Count(o => o.Escalated == true), answered.Count) : "not reported (no `escalated` field in the responses)")} |
            | mean confidence (of 200s) | {(answered.Count == 0 ? "–" : answered.Average(o => o.Confidence ?? 0).ToString("F3", CultureInfo.InvariantCulture))} |

            | kind | requests | p50 ms | p95 ms | cache hits |
            | --- | ---: | ---: | ---: | ---: |
            {rows}

            """;
    }

    private static string Ms(IEnumerable<QueryOutcome> outcomes, double percentile)
    {
        var value = Percentiles.Of(outcomes.Select(o => o.Milliseconds), percentile);
        return double.IsNaN(value) ? "–" : value.ToString("F0", CultureInfo.InvariantCulture);
    }

    private static string Share(int part, int whole) =>
        whole == 0 ? "–" : $"{100.0 * part / whole:F1} % ({part})";
}
