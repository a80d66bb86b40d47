using System.Collections.Concurrent;
using System.Diagnostics;
using RagQa.Benchmarks.ApiClient;
using RagQa.Benchmarks.Live;

namespace RagQa.Benchmarks.Load;

/// <summary>
/// Drives POST /query of a local-mode system started here (loopback only), bounded in time and in requests:
/// <c>closed</c> — N users, each asking its next question as soon as the last one returned;
/// <c>open</c> — Poisson arrivals at a fixed rate whatever the system does (a slow system queues, it does not
/// slow the arrivals). Both use <see cref="QuestionMix"/>. The system is started with the per-key and per-IP rate
/// limits raised (<c>RateLimiting:*</c>): a load run measures the pipeline, not the limiter.
/// </summary>
public static class LoadBenchmark
{
    /// <summary>Raised for load runs; unknown keys are harmless where the limiter is not merged yet.</summary>
    public static readonly string[] LoadSettings =
    [
        "RateLimiting:PerKeyPermitLimit=10000000", "RateLimiting:PerIpPermitLimit=10000000",
    ];

    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var profile = arguments.Get("profile", "closed");
        var duration = TimeSpan.FromSeconds(arguments.GetInt("seconds", profile == "closed" ? 300 : 600));
        var maxRequests = arguments.GetInt("max-requests", 100_000);
        await using var system = await LocalSystem.StartAsync(arguments, LoadSettings);
        using var http = system.CreateHttpClient(TimeSpan.FromSeconds(60));
        var api = new RagQaApiClient(http);
        var mix = new QuestionMix(arguments.GetInt("seed", 42));
        var stages = new StageBreakdown(system.MetricsEndpoints);
        await LocalSystem.WarmUpAsync(api);
        // A first start seeds the sample collection: its embedding batches would share the cores with the measured questions.
        await system.WaitUntilIdleAsync();
        await system.ClearRedisAsync();
        var before = await stages.ScrapeAsync();

        var stopwatch = Stopwatch.StartNew();
        var outcomes = profile switch
        {
            "closed" => await ClosedLoopAsync(api, mix, arguments.GetInt("users", 100), duration, maxRequests),
            "open" => await OpenLoopAsync(api, mix, arguments.GetInt("per-minute", 500), duration, maxRequests, arguments.GetInt("seed", 42)),
            _ => throw new ArgumentException($"--profile must be closed or open, not {profile}."),
        };
        var elapsed = stopwatch.Elapsed;
        var after = await stages.ScrapeAsync();

        var description = profile == "closed"
            ? $"closed loop, {arguments.GetInt("users", 100)} users, no think time"
            : $"open loop, Poisson arrivals at {arguments.GetInt("per-minute", 500)}/min";
        Console.WriteLine(LoadReport.Format(description, elapsed, outcomes));
        Console.WriteLine("Per stage (the services' histograms, this run only):\n");
        Console.WriteLine(StageBreakdown.Table(before, after, StageBreakdown.QueryStages));
        return 0;
    }

    private static async Task<IReadOnlyList<QueryOutcome>> ClosedLoopAsync(RagQaApiClient api, QuestionMix mix, int users, TimeSpan duration, int maxRequests)
    {
        var outcomes = new ConcurrentBag<QueryOutcome>();
        using var stop = new CancellationTokenSource(duration);
        var issued = 0;
        await Task.WhenAll(Enumerable.Range(0, users).Select(async _ =>
        {
            while (!stop.IsCancellationRequested && Interlocked.Increment(ref issued) <= maxRequests)
            {
                outcomes.Add(await QueryOutcome.AskAsync(api, mix.Next(), CancellationToken.None));
            }
        }));
        return outcomes.ToList();
    }

    private static async Task<IReadOnlyList<QueryOutcome>> OpenLoopAsync(
        RagQaApiClient api, QuestionMix mix, int perMinute, TimeSpan duration, int maxRequests, int seed)
    {
        var arrivals = new Random(seed + 1);
        var meanGap = 60.0 / perMinute;
        var inFlight = new List<Task<QueryOutcome>>();
        var clock = Stopwatch.StartNew();
        var next = 0.0;
        while (next < duration.TotalSeconds && inFlight.Count < maxRequests)
        {
            var wait = next - clock.Elapsed.TotalSeconds;
            if (wait > 0) await Task.Delay(TimeSpan.FromSeconds(wait));
            inFlight.Add(QueryOutcome.AskAsync(api, mix.Next(), CancellationToken.None));
            next += -Math.Log(1 - arrivals.NextDouble()) * meanGap; // exponential gaps: a Poisson process
        }
        return await Task.WhenAll(inFlight);
    }
}
