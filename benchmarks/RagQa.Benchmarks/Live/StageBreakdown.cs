using System.Text;

namespace RagQa.Benchmarks.Live;

/// <summary>
/// Per-stage latency of a run from the services' own /metrics: scrape before, scrape after, and interpolate
/// p50/p95 of the difference of <c>ragqa.pipeline.stage.duration</c> (one series per span name), the per-query
/// pipeline overhead <c>ragqa.pipeline.overhead.duration</c> and the api's POST /query request duration. The scrapes are
/// plain GETs of each service's Prometheus endpoint: <c>/metrics</c> is an operations endpoint of every process, not an
/// operation of the REST contract, so the generated client has no call for it.
/// </summary>
public sealed class StageBreakdown(IReadOnlyDictionary<string, Uri> metricsEndpoints)
{
    /// <summary>The query path's stages in pipeline order; any other stage seen in the run is listed after them.</summary>
    public static readonly IReadOnlyList<string> QueryStages =
    [
        "embed_query", "embed", "vector_search", "vector_scan", "rerank", "aggregate_reviews", "cache_lookup", "llm_generate",
        "validate_output", "cache_store", "persist_answer", "process_query",
    ];

    private const string StageFamily = "ragqa_pipeline_stage_duration_seconds";
    private const string OverheadFamily = "ragqa_pipeline_overhead_duration_seconds";
    private const string RequestFamily = "http_server_request_duration_seconds";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public sealed record Scrape(IReadOnlyDictionary<string, string> Texts);

    public async Task<Scrape> ScrapeAsync()
    {
        var texts = new Dictionary<string, string>();
        foreach (var (service, uri) in metricsEndpoints)
        {
            try
            {
                texts[service] = await _http.GetStringAsync(uri);
            }
            catch (HttpRequestException)
            {
                texts[service] = ""; // a stopped service (fault runs): nothing to count from it
            }
        }
        return new Scrape(texts);
    }

    /// <summary>A markdown table of what happened between two scrapes, in milliseconds.</summary>
    public static string Table(Scrape before, Scrape after, IEnumerable<string> stages)
    {
        var rows = new StringBuilder("| stage | p50 ms | p95 ms | n |\n| --- | ---: | ---: | ---: |\n");
        var stageDurations = Merge(before, after, text => PrometheusHistograms.Parse(text, StageFamily, "stage"));
        var wanted = stages.ToList();
        foreach (var stage in wanted.Concat(stageDurations.SelectMany(h => h.Histogram.Keys).Distinct().Order().Where(s => !wanted.Contains(s))))
        {
            AppendRow(rows, stage, stageDurations, stage);
        }
        AppendRow(rows, "**pipeline overhead** (process_query − model calls, per query)",
            Merge(before, after, text => PrometheusHistograms.Parse(text, OverheadFamily, "stage")), "process_query");
        // ASP.NET Core names the route of the group's root "/query/".
        AppendRow(rows, "query_request (api, POST /query)", Merge(before, after, text => PrometheusHistograms.Parse(text, RequestFamily, "http_route",
            new Dictionary<string, string> { ["http_request_method"] = "POST" })), "/query/");
        return rows.ToString();
    }

    /// <summary>One histogram per service of the difference between the scrapes.</summary>
    private static List<(string Service, PrometheusHistograms Histogram)> Merge(Scrape before, Scrape after, Func<string, PrometheusHistograms> parse) =>
        after.Texts.Select(t => (t.Key, parse(t.Value).Since(parse(before.Texts.GetValueOrDefault(t.Key, ""))))).ToList();

    /// <summary>One row per service that traced the stage, named by service when more than one did (e.g. <c>embed</c>).</summary>
    private static void AppendRow(StringBuilder rows, string label, List<(string Service, PrometheusHistograms Histogram)> perService, string key)
    {
        var tracing = perService.Where(s => s.Histogram.Count(key) > 0).ToList();
        foreach (var (service, histogram) in tracing)
        {
            var name = tracing.Count > 1 ? $"{label} ({service})" : label;
            rows.Append($"| {name} | {histogram.Quantile(key, 0.5) * 1000:F1} | {histogram.Quantile(key, 0.95) * 1000:F1} | {histogram.Count(key):F0} |\n");
        }
    }
}
