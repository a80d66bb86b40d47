using System.Diagnostics;
using RagQa.Benchmarks.ApiClient;
using RagQa.Benchmarks.Live;

namespace RagQa.Benchmarks;

/// <summary>
/// End-to-end latency of POST /query on a running RagQa: a realistic mix of aggregate and specific questions,
/// each asked once cold and then again (a cache hit), reporting client-measured p50/p95 and the worker's own
/// latency, split by cache hit/miss. A baseline in the same run: GET /health, the API's floor for a round trip; the goal
/// for a cache hit is a p95 within 3× its p95. Before any of that, the first question after the system reported healthy
/// (what the first user after a start waits).
/// The per-stage breakdown comes from the services' own <c>ragqa.pipeline.stage.duration</c> histograms, scraped
/// before and after the run. The benchmark starts the system itself (<see cref="LocalSystem"/>). Questions go through
/// the generated client; GET /health is not an operation of the contract (a probe), so the baseline is a plain request.
/// </summary>
public static class QueryLatencyBenchmark
{
    private static readonly string[] Questions =
    [
        "Quais são as reclamações mais comuns?",
        "O que os clientes mais elogiam?",
        "Qual a proporção de entregas atrasadas?",
        "Quantos clientes reclamaram de produto quebrado?",
        "O produto chegou quebrado?",
        "A entrega foi rápida?",
        "Reclamações de avaliações de 1 estrela em 2018",
        "Os clientes receberam o produto errado?",
        "O vendedor respondeu às mensagens?",
        "What do customers complain about most?",
        "A embalagem chegou danificada?",
        "Produto falsificado ou diferente do anunciado",
    ];

    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var rounds = arguments.GetInt("rounds", 3);
        await using var system = await LocalSystem.StartAsync(arguments);
        using var http = system.CreateHttpClient(TimeSpan.FromMinutes(2));
        var api = new RagQaApiClient(http);
        var stages = new StageBreakdown(system.MetricsEndpoints);
        var firstAfterStart = await TimeAsync(() => LocalSystem.WarmUpAsync(api));
        // A first start seeds the sample collection: its embedding batches would share the cores with the measured questions.
        await system.WaitUntilIdleAsync();
        await system.ClearRedisAsync();
        var before = await stages.ScrapeAsync();

        var health = new List<double>();
        var cold = new List<(double Client, int Worker, bool Hit)>();
        var cached = new List<(double Client, int Worker, bool Hit)>();
        var exchanges = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            // A round-specific suffix makes the first ask of each round a cache miss.
            foreach (var question in Questions.Select(q => $"{q} ({round + 1})"))
            {
                health.Add(await TimeAsync(async () => (await http.GetAsync("/health")).EnsureSuccessStatusCode()));
                cold.Add(await AskAsync(api, question));
                cached.Add(await AskAsync(api, question));
                exchanges.Add(await TimeAsync(() => ExchangeAsync(http, question)));
            }
        }
        var after = await stages.ScrapeAsync();
        var all = cold.Concat(cached).ToList();
        var hits = all.Where(a => a.Hit).ToList();
        var misses = all.Where(a => !a.Hit).ToList();

        Console.WriteLine($"""

            Query latency — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {Questions.Length} questions × {rounds} rounds, sequential

            | measure | p50 ms | p95 ms | n |
            | --- | ---: | ---: | ---: |
            | first POST /query after start (until answered) | {firstAfterStart:F0} | – | 1 |
            | baseline: GET /health round trip | {P(health, 50):F1} | {P(health, 95):F1} | {health.Count} |
            | POST /query, first ask (client) | {P(cold.Select(c => c.Client), 50):F0} | {P(cold.Select(c => c.Client), 95):F0} | {cold.Count} |
            | … of which in the service (latency_ms) | {P(cold.Select(c => (double)c.Worker), 50):F0} | {P(cold.Select(c => (double)c.Worker), 95):F0} | {cold.Count} |
            | POST /query, repeated (client) | {P(cached.Select(c => c.Client), 50):F0} | {P(cached.Select(c => c.Client), 95):F0} | {cached.Count} |
            | … of which in the service (latency_ms) | {P(cached.Select(c => (double)c.Worker), 50):F0} | {P(cached.Select(c => (double)c.Worker), 95):F0} | {cached.Count} |

            | cache miss (client) | {P(misses.Select(c => c.Client), 50):F0} | {P(misses.Select(c => c.Client), 95):F0} | {misses.Count} |
            | … of which in the service (latency_ms) | {P(misses.Select(c => (double)c.Worker), 50):F0} | {P(misses.Select(c => (double)c.Worker), 95):F0} | {misses.Count} |
            | cache hit (client) | {P(hits.Select(c => c.Client), 50):F1} | {P(hits.Select(c => c.Client), 95):F1} | {hits.Count} |
            | … of which in the service (latency_ms) | {P(hits.Select(c => (double)c.Worker), 50):F0} | {P(hits.Select(c => (double)c.Worker), 95):F0} | {hits.Count} |
            | third ask, the HTTP exchange alone (body read as text, not into QueryView) | {P(exchanges, 50):F1} | {P(exchanges, 95):F1} | {exchanges.Count} |

            cache hits: {cold.Count(c => c.Hit)} of {cold.Count} first asks, {cached.Count(c => c.Hit)} of {cached.Count} repeats
            cache hit p95 / GET /health p95: {P(hits.Select(c => c.Client), 95) / P(health, 95):F1}× (goal ≤ 3×); the HTTP exchange alone: {P(exchanges, 95) / P(health, 95):F1}×

            Per stage (the services' histograms, this run only):

            {StageBreakdown.Table(before, after, StageBreakdown.QueryStages)}
            """);
        return 0;
    }

    /// <summary>The client's time includes reading the answer into the contract's <see cref="QueryView"/>, as a caller's would.</summary>
    private static async Task<(double Client, int Worker, bool Hit)> AskAsync(RagQaApiClient api, string question)
    {
        QueryView? view = null;
        double client;
        try
        {
            client = await TimeAsync(async () => view = await api.AskQuestionAsync(new QueryRequest { Question = question }));
        }
        catch (RagQaApiException error)
        {
            // A 202 (RagQaApiException<QueryAccepted>) or an error: the run measures answers given within the sync timeout.
            throw new InvalidOperationException($"No answer within the sync timeout: {error.StatusCode} {error.Response}", error);
        }
        if (view!.Latency_ms is not { } worker) throw new InvalidOperationException($"No latency_ms in the answer to \"{question}\" (query {view.Query_id}).");
        return (client, worker, view.Cache_hit);
    }

    /// <summary>
    /// The same question asked a third time as a bare exchange — the request, the status, the body read as text — so the
    /// table can tell the service and the wire from the generated client's own work on the answer.
    /// </summary>
    private static async Task ExchangeAsync(HttpClient http, string question)
    {
        using var body = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { question }), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/query", body);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsStringAsync();
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var stopwatch = Stopwatch.StartNew();
        await action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double P(IEnumerable<double> values, int percentile) => Percentiles.Of(values, percentile);
}
