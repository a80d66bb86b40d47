using System.Diagnostics;
using System.Globalization;
using System.Text;
using RagQa.Benchmarks.ApiClient;
using RagQa.Benchmarks.Live;
using RagQa.Benchmarks.Load;

namespace RagQa.Benchmarks.Faults;

/// <summary>
/// Scripted, repeatable fault runs on a local-mode system started here. <c>--scenario infra</c>: under a steady
/// query load, for each fault an ingestion of a generated CSV is started, then the fault is injected (SIGKILL of
/// each service, stop of RabbitMQ or Redis), held for <c>--outage-seconds</c>, and undone (start command). For
/// every fault: errors users saw, 202s and whether each was answered later (lost = never), the document's chunks
/// and vectors checked in SQL (lost, duplicated), and the time to recover (fault → first answer of a query sent
/// after it; fault → document indexed). <c>--scenario model</c>: the answer model is
/// <see cref="FakeFlakyChatModel"/>, failing every other call.
/// </summary>
public static class FaultsBenchmark
{
    private sealed record Fault(string Name, Func<LocalSystem, Task> Inject, Func<LocalSystem, Task> Undo);

    private static readonly Fault[] InfrastructureFaults =
    [
        new("kill queryworker", s => s.KillAsync("queryworker"), s => s.StartAsync("queryworker")),
        new("kill ingestworker", s => s.KillAsync("ingestworker"), s => s.StartAsync("ingestworker")),
        new("kill embedworker", s => s.KillAsync("embedworker"), s => s.StartAsync("embedworker")),
        new("kill api", s => s.KillAsync("api"), s => s.StartAsync("api")),
        new("restart rabbitmq", s => s.StopAsync("rabbitmq"), s => s.StartAsync("rabbitmq")),
        new("restart redis", s => s.StopAsync("redis"), s => s.StartAsync("redis")),
    ];

    private static readonly TimeSpan IndexDeadline = TimeSpan.FromMinutes(10);

    public static Task<int> RunAsync(BenchmarkArguments arguments) => arguments.Get("scenario", "infra") switch
    {
        "infra" => InfrastructureAsync(arguments),
        "model" => FlakyModelAsync(arguments),
        var other => throw new ArgumentException($"--scenario must be infra or model, not {other}."),
    };

    private static async Task<int> InfrastructureAsync(BenchmarkArguments arguments)
    {
        var outage = TimeSpan.FromSeconds(arguments.GetInt("outage-seconds", 10));
        var fileBytes = arguments.GetInt("file-mb", 4) * 1048576L;
        var only = arguments.Get("only", "");
        await using var system = await LocalSystem.StartAsync(WithDefaultData(arguments, "/tmp/perf-faults"),
            [.. LoadSettings, "Embeddings:Provider=hashing", "Ingestion:MaxUploadBytes=209715200"]);
        using var http = system.CreateHttpClient(TimeSpan.FromSeconds(60));
        var api = new RagQaApiClient(http);
        await LocalSystem.WarmUpAsync(api);
        using var chunker = IngestionBenchmark.BuildHost("hashing");
        var connectionString = await system.ConnectionStringAsync("ragqa") ?? throw new InvalidOperationException("No ragqa connection string.");

        var results = new List<(Fault Fault, DateTimeOffset From, DateTimeOffset To, IngestionIntegrity Integrity, TimeSpan? Indexed, string Status)>();
        var load = new BackgroundLoad(api, new QuestionMix(7), arguments.GetInt("per-second", 3));
        var variant = (int)(DateTime.UtcNow.Ticks % 10_000) * 10;
        foreach (var fault in InfrastructureFaults.Where(f => only.Length == 0 || f.Name.Contains(only, StringComparison.Ordinal)))
        {
            var file = await ReviewCsvGenerator.WriteAsync(RepositoryPaths.OlistFull, fileBytes, ++variant, Path.GetTempPath());
            var expected = (await IngestionBenchmark.ChunkTextsAsync(chunker.Services, file)).Count;
            var documentId = (await IngestionBenchmark.UploadAsync(api, file, "olist_reviews")).Result.Document_id;
            await Task.Delay(TimeSpan.FromSeconds(3)); // ingestion under way
            var from = DateTimeOffset.UtcNow;
            Console.Error.WriteLine($"[faults] {from:HH:mm:ss} {fault.Name}");
            await fault.Inject(system);
            await Task.Delay(outage);
            await fault.Undo(system);
            var (status, indexedAt) = await WaitIndexedAsync(api, documentId);
            results.Add((fault, from, DateTimeOffset.UtcNow, await IngestionIntegrity.CheckAsync(connectionString, documentId, expected),
                indexedAt is null ? null : indexedAt - from, status));
            File.Delete(file);
            await Task.Delay(TimeSpan.FromSeconds(10)); // steady state again before the next fault
        }
        var outcomes = await load.StopAsync();
        var finalStatus = await FinalStatusesAsync(api, outcomes.Where(o => o.Accepted && o.QueryId is not null).Select(o => o.QueryId!).ToList());

        var table = new StringBuilder("""
            | fault | queries | errors seen by users | 202 | 202 answered later | lost queries | recovery (first answer) | chunks expected / stored / vectors | duplicated | indexed after fault |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |

            """);
        foreach (var (fault, from, to, integrity, indexed, status) in results)
        {
            var window = outcomes.Where(o => o.StartedAt >= from && o.StartedAt < to).ToList();
            var accepted = window.Where(o => o.Accepted).ToList();
            var firstAnswer = window.Where(o => o.Answered).Select(o => o.StartedAt + TimeSpan.FromMilliseconds(o.Milliseconds)).DefaultIfEmpty().Min();
            var errors = window.Where(o => o.Failed).GroupBy(o => o.Error).Select(g => $"{g.Key} × {g.Count()}");
            table.Append(CultureInfo.InvariantCulture,
                $"| {fault.Name} | {window.Count} | {window.Count(o => o.Failed)} {(window.Any(o => o.Failed) ? "(" + string.Join(", ", errors) + ")" : "")} " +
                $"| {accepted.Count} | {accepted.Count(o => finalStatus.GetValueOrDefault(o.QueryId!) == "answered")} " +
                $"| {accepted.Count(o => finalStatus.GetValueOrDefault(o.QueryId!) is not ("answered" or "failed"))} " +
                $"| {(firstAnswer == default ? "–" : $"{(firstAnswer - from).TotalSeconds:F1} s")} " +
                $"| {integrity.Expected} / {integrity.Chunks} / {integrity.Vectors} | {integrity.Duplicated + integrity.Extra + integrity.VectorDuplicates} " +
                $"| {(indexed is { } i ? $"{i.TotalSeconds:F0} s" : status)} |\n");
        }
        var failedLater = finalStatus.Count(s => s.Value == "failed");
        // Listed by id, so a lost query can be traced (its correlation id is the trace id in the services' logs).
        var lost = finalStatus.Where(s => s.Value is not ("answered" or "failed")).Select(s => s.Key).ToList();
        Console.WriteLine($"""

            Fault runs — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, hashing embedder, outage {outage.TotalSeconds:F0} s each,
            background load {arguments.GetInt("per-second", 3)} queries/s ({outcomes.Count} in all), a {fileBytes / 1048576} MiB generated CSV ingested per fault

            {table}
            202s that ended failed: {failedLater}; still pending after 3 minutes (lost): {lost.Count}{(lost.Count == 0 ? "" : " — " + string.Join(", ", lost))}
            """);
        return 0;
    }

    private static async Task<int> FlakyModelAsync(BenchmarkArguments arguments)
    {
        await using var model = FakeFlakyChatModel.Start();
        await using var system = await LocalSystem.StartAsync(WithDefaultData(arguments, "/tmp/perf-faults"),
            [.. LoadSettings, "Embeddings:Provider=hashing", "Answers:Provider=openai", $"Answers:Endpoint={model.Endpoint}",
             "Answers:ModelId=fake-flaky", "Answers:ApiKey=fake-key"]);
        using var http = system.CreateHttpClient(TimeSpan.FromSeconds(60));
        var api = new RagQaApiClient(http);
        await LocalSystem.WarmUpAsync(api);
        var callsBefore = model.Calls;
        var failuresBefore = model.Failures;
        var load = new BackgroundLoad(api, new QuestionMix(11), arguments.GetInt("per-second", 2));
        await Task.Delay(TimeSpan.FromSeconds(arguments.GetInt("seconds", 120)));
        var outcomes = await load.StopAsync();
        var answered = outcomes.Where(o => o.Answered).ToList();
        Console.WriteLine(LoadReport.Format($"answer model = FakeFlakyChatModel (fails every other call), {arguments.GetInt("per-second", 2)} queries/s",
            TimeSpan.FromSeconds(arguments.GetInt("seconds", 120)), outcomes));
        Console.WriteLine($"""
            model calls: {model.Calls - callsBefore}, of which failed: {model.Failures - failuresBefore}
            answer modes of 200s: {string.Join(", ", answered.GroupBy(o => o.Mode ?? "?").Select(g => $"{g.Key} × {g.Count()}"))}
            cache hits skip the model: {answered.Count(o => o.CacheHit == true)} of {answered.Count}
            """);
        return 0;
    }

    private static string[] LoadSettings => LoadBenchmark.LoadSettings;

    private static BenchmarkArguments WithDefaultData(BenchmarkArguments arguments, string directory) =>
        arguments.Has("data") ? arguments : arguments.With("data", directory);

    private static async Task<(string Status, DateTimeOffset? IndexedAt)> WaitIndexedAsync(RagQaApiClient api, Guid documentId)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < IndexDeadline)
        {
            try
            {
                var document = await api.GetDocumentAsync(documentId);
                if (document.Status is DocumentStatus.Indexed or DocumentStatus.Failed)
                {
                    return (RagQaApiClient.WireName(document.Status), document.Status == DocumentStatus.Indexed ? document.Indexed_at : null);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or RagQaApiException)
            {
                // The api is restarting (no connection, or an error status while it comes up).
            }
            await Task.Delay(1000);
        }
        return ("not indexed in 10 min", null);
    }

    /// <summary>Each 202's final status, polled for up to three minutes.</summary>
    private static async Task<Dictionary<string, string>> FinalStatusesAsync(RagQaApiClient api, IReadOnlyList<string> ids)
    {
        var statuses = ids.ToDictionary(id => id, _ => "pending");
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (statuses.Values.Any(s => s == "pending") && DateTime.UtcNow < deadline)
        {
            foreach (var id in statuses.Where(s => s.Value == "pending").Select(s => s.Key).ToList())
            {
                try
                {
                    statuses[id] = RagQaApiClient.WireName((await api.GetQueryAsync(Guid.Parse(id))).Status);
                }
                catch (RagQaApiException)
                {
                    // Not readable now (an error status): asked again in the next pass.
                }
            }
            if (statuses.Values.Any(s => s == "pending")) await Task.Delay(2000);
        }
        return statuses;
    }
}
