using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RagQa.Benchmarks.ApiClient;
using RagQa.Tests.Monitoring;
using StackExchange.Redis;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// The whole application started through its AppHost (Aspire.Hosting.Testing) in local mode: the Debian
/// Postgres, RabbitMQ and Redis servers as child processes with their data in a throw-away folder, the api
/// on a free port, and every resource healthy before the first test runs. Shared by the "apphost" collection.
/// </summary>
public class AppHostFixture : IAsyncLifetime
{
    /// <summary>The backing services, in the order they are waited for.</summary>
    public static readonly IReadOnlyList<string> BackingServices = ["postgres", "ragqa", "rabbitmq", "redis"];

    /// <summary>The api first: it migrates the database and the workers wait for it.</summary>
    public static readonly IReadOnlyList<string> Services = ["api", "queryworker", "ingestworker", "embedworker"];

    /// <summary>The local-mode Prometheus, scraping every service.</summary>
    public static readonly IReadOnlyList<string> Monitoring = ["prometheus"];

    public static IEnumerable<string> AllResources => BackingServices.Concat(Services).Concat(Monitoring);

    // Generous: on a shared two-core machine RabbitMQ alone can take ~20 s, then three workers load models.
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(5);

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "ragqa-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    private DistributedApplication? _app;
    private readonly ResourceLogRecorder _logs;

    protected AppHostFixture(string name) => _logs = new ResourceLogRecorder(name);

    public AppHostFixture() : this("apphost") { }

    /// <summary>Every line logged in the AppHost since start, resources' output included, as "category-tail: line" (the PII sweep reads them all).</summary>
    public IReadOnlyCollection<string> ResourceLogs => _logs.Lines;

    /// <summary>The AppHost's RagQa:DataDirectory: the servers' data and the generated admin key.</summary>
    public string DataDirectory => _dataDirectory;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The application has not been started.");

    /// <summary>An HTTP client for the api, with its base address set.</summary>
    public HttpClient Api { get; private set; } = null!;

    /// <summary>Every span the services exported (they send OTLP here instead of to a dashboard).</summary>
    public OtlpTraceReceiver Traces { get; } = new();

    /// <summary>The local Prometheus's HTTP API and UI, e.g. http://127.0.0.1:PORT.</summary>
    public Uri Prometheus { get; private set; } = null!;

    /// <summary>The admin key the api was given (sent as the X-Api-Key header on admin endpoints).</summary>
    public string AdminApiKey { get; private set; } = "";

    /// <summary>More AppHost arguments (settings forwarded to the services) for a fixture with another configuration.</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartupTimeout);
        await Traces.StartAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.RagQa_AppHost>(
            [
                "--RagQa:Mode", "local",
                "--RagQa:DataDirectory", _dataDirectory,
                "--RagQa:ApiPort", "0",
                // The key is generated into the data folder, whatever the developer's environment holds.
                "--RAGQA_ADMIN_API_KEY=",
                // Indexing the seed invalidates the collection's cached answers and holds off new entries for this long.
                "--Cache:InvalidationGuard", "00:00:01",
                .. ExtraArguments,
            ],
            timeout.Token);
        // A resource that crashes fails whatever waits for it at once, instead of after the timeout.
        builder.Services.Configure<ResourceNotificationServiceOptions>(options =>
            options.DefaultWaitBehavior = WaitBehavior.StopOnResourceUnavailable);
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            // Added after Aspire's own OTLP settings, so these win: spans come to the test's receiver within a second.
            builder.CreateResourceBuilder(project)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", Traces.Endpoint)
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "500");
        }

        // Every line to the recorder and its file, none to the console: a test run prints progress and failures only.
        builder.Services.AddLogging(logging => logging.ClearProviders().AddProvider(_logs));
        _app = await builder.BuildAsync(timeout.Token);
        try
        {
            await _app.StartAsync(timeout.Token);
            foreach (var resource in AllResources)
            {
                await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, WaitBehavior.StopOnResourceUnavailable, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or DistributedApplicationException)
        {
            throw new InvalidOperationException($"The application did not become healthy: {DescribeResources()}", ex);
        }

        Api = _app.CreateHttpClient("api");
        Prometheus = _app.GetEndpoint("prometheus", "http");
        var adminApiKey = builder.Resources.OfType<ParameterResource>().Single(p => p.Name == "admin-api-key");
        AdminApiKey = await adminApiKey.GetValueAsync(timeout.Token)
            ?? throw new InvalidOperationException("The admin-api-key parameter has no value.");
    }

    /// <summary>Waits until the first-start seed (the bundled Olist sample) is indexed; fails on a failed document.</summary>
    public async Task WaitForSeedIndexedAsync()
    {
        var documents = new RagQaApiClient(Api) { ApiKey = AdminApiKey };
        var deadline = DateTime.UtcNow + SeedTimeout;
        while (true)
        {
            var seed = (await documents.ListDocumentsAsync("olist_reviews", null, null, null)).Items.ToList();
            var state = string.Join("; ", seed.Select(d =>
                $"{d.Filename} {RagQaApiClient.WireName(d.Status)} {d.Chunks_embedded}/{d.Chunks_total}{(d.Error is null ? "" : " " + d.Error)}"));
            if (seed.Any(d => d.Status == DocumentStatus.Failed)) throw new InvalidOperationException("The seed document failed: " + state);
            if (seed.Count > 0 && seed.All(d => d.Status == DocumentStatus.Indexed)) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The seed was not indexed within {SeedTimeout}: {(state.Length == 0 ? "no document" : state)}");
            await Task.Delay(500);
        }
    }

    private static readonly TimeSpan SeedTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Waits until the seed is indexed, the embed worker has invalidated the olist_reviews answers for it, and the guard
    /// has expired: from then on new answers of the collection are cached again.
    /// </summary>
    public async Task WaitForSeedCacheGuardOverAsync()
    {
        await WaitForSeedIndexedAsync();
        await WaitForCacheGuardOverAsync("olist_reviews", invalidationsBefore: 0);
    }

    /// <summary>How many times the embed worker logged invalidating the collection's cached answers (it logs after writing the guard).</summary>
    public int CacheInvalidationsLogged(string collection) =>
        ResourceLogs.Count(l => l.StartsWith("embedworker: ", StringComparison.Ordinal) && l.Contains($"cached answers of collection {collection}", StringComparison.Ordinal));

    /// <summary>
    /// Waits until the embed worker has invalidated the collection's cached answers once more than
    /// <paramref name="invalidationsBefore"/> and the guard (Cache:InvalidationGuard, a Redis key with that lifetime)
    /// has expired: from then on new answers of the collection are cached again.
    /// </summary>
    public async Task WaitForCacheGuardOverAsync(string collection, int invalidationsBefore)
    {
        // The tombstone SemanticAnswerCache.InvalidateCollectionAsync sets.
        var guard = "ragqa:cache:invalidated:collection:" + collection;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(await App.GetConnectionStringAsync("redis") ?? "");
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (CacheInvalidationsLogged(collection) <= invalidationsBefore || await redis.GetDatabase().KeyExistsAsync(guard))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The cache invalidation of {collection} was not logged, or its guard did not expire, within a minute.");
            await Task.Delay(200);
        }
    }

    /// <summary>The service's own process (see <see cref="RagQa.AppHost.ServiceProcesses"/>).</summary>
    public async Task<int> ProcessIdAsync(string project) =>
        RagQa.AppHost.ServiceProcesses.Find(project, await App.GetConnectionStringAsync("ragqa"));

    /// <summary>SIGKILL of the service's own process, as a crash or an OOM kill would do; returns once the orchestrator saw it exit.</summary>
    public async Task KillAsync(string resource, string project)
    {
        System.Diagnostics.Process.GetProcessById(await ProcessIdAsync(project)).Kill();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await App.ResourceNotifications.WaitForResourceAsync(resource,
            e => e.Snapshot.State?.Text is "Exited" or "Finished" or "FailedToStart", timeout.Token);
    }

    /// <summary>Stops a resource (e.g. the broker) as an operator would from the dashboard, and waits until it has stopped.</summary>
    public async Task StopAsync(string resource)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stopped = await App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand, timeout.Token);
        if (!stopped.Success) throw new InvalidOperationException($"{resource} did not stop: {stopped.Message}");
        await App.ResourceNotifications.WaitForResourceAsync(resource,
            e => e.Snapshot.State?.Text is "Exited" or "Finished" or "Stopped", timeout.Token);
    }

    /// <summary>Starts a stopped service again, as an operator would from the dashboard, and waits until it is healthy.</summary>
    public async Task StartAsync(string resource)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var started = await App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand, timeout.Token);
        if (!started.Success) throw new InvalidOperationException($"{resource} did not start: {started.Message}");
        // The command returns before the orchestrator reports the new process: until then the snapshot still holds the
        // stopped one's terminal state, which the health wait reads as "failed to start". Wait for the new run first.
        await App.ResourceNotifications.WaitForResourceAsync(resource, e => e.Snapshot.State?.Text == "Running", timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
    }

    /// <summary>Each resource's current state and health, for failure messages.</summary>
    public string DescribeResources() => string.Join("; ", AllResources.Select(name =>
        _app is not null && _app.ResourceNotifications.TryGetCurrentState(name, out var current)
            ? $"{name}: {current.Snapshot.State?.Text ?? "no state"}, {current.Snapshot.HealthStatus?.ToString() ?? "no health report"}"
            : $"{name}: unknown"));

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        if (_app is not null)
        {
            // Stopping the application stops the local servers (SIGTERM), so their files can go afterwards.
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        // After the services: they flush their last spans on shutdown.
        await Traces.DisposeAsync();
        _logs.Dispose();
        await Task.Run(() =>
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temp folder left behind is harmless.
            }
        });
    }
}
