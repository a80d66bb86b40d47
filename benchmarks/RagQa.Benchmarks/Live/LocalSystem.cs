using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using RabbitMQ.Client;
using RagQa.Benchmarks.ApiClient;
using RagQa.Core.Documents;
using RagQa.Core.Messaging;
using RagQa.Core.Text;
using StackExchange.Redis;
using DocumentStatus = RagQa.Core.Documents.DocumentStatus;

namespace RagQa.Benchmarks.Live;

/// <summary>
/// The whole application started by the benchmark through its AppHost (Aspire.Hosting.Testing) in local mode:
/// the Debian Postgres, RabbitMQ and Redis as child processes with their data in <c>--data</c> (kept between
/// runs, so a corpus ingested once is queried by later runs), the api on <c>--api-port</c>, every resource
/// healthy before the benchmark starts. Runs that need other settings pass them as
/// <c>--config "Section:Key=value,Section:Key=value"</c>; they reach the services like the AppHost's own
/// command-line settings do.
/// </summary>
public sealed class LocalSystem : IAsyncDisposable
{
    public static readonly IReadOnlyList<string> BackingServices = ["postgres", "ragqa", "rabbitmq", "redis"];
    public static readonly IReadOnlyList<string> Services = ["api", "queryworker", "ingestworker", "embedworker"];

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(8);
    private readonly DistributedApplication _app;

    private LocalSystem(DistributedApplication app, string adminApiKey, string dataDirectory)
    {
        _app = app;
        AdminApiKey = adminApiKey;
        DataDirectory = dataDirectory;
    }

    public string AdminApiKey { get; }

    public string DataDirectory { get; }

    public Uri ApiAddress => _app.GetEndpoint("api", "http");

    /// <summary>
    /// The connection to the api with the admin key set (admin routes need it; /query accepts it too). Calls to the
    /// api go through a <see cref="RagQaApiClient"/> made over it; the benchmark owns (and disposes) the connection.
    /// </summary>
    public HttpClient CreateHttpClient(TimeSpan timeout)
    {
        var http = new HttpClient { BaseAddress = ApiAddress, Timeout = timeout };
        http.DefaultRequestHeaders.Add("X-Api-Key", AdminApiKey);
        return http;
    }

    /// <summary>Each service's Prometheus endpoint.</summary>
    public IReadOnlyDictionary<string, Uri> MetricsEndpoints =>
        Services.ToDictionary(s => s, s => new Uri(_app.GetEndpoint(s, "http"), "/metrics"));

    public ValueTask<string?> ConnectionStringAsync(string name) => _app.GetConnectionStringAsync(name);

    /// <summary>
    /// Empties the answer cache (and the rate-limit windows): the data folder is kept between runs, so without this a
    /// run would start with the previous run's answers cached and report their hits as its own.
    /// </summary>
    public async Task ClearRedisAsync()
    {
        var connectionString = await ConnectionStringAsync("redis") ?? throw new InvalidOperationException("No redis connection string.");
        await using var redis = await ConnectionMultiplexer.ConnectAsync(connectionString + ",allowAdmin=true");
        foreach (var server in redis.GetServers()) await server.FlushDatabaseAsync();
    }

    /// <summary>A document a worker still has work on: waiting to be parsed, being parsed, or being embedded.</summary>
    public static IReadOnlyList<DocumentStatus> InIngestion { get; } =
        [.. DocumentStateMachine.AllowedFrom(DocumentTransition.Parse).Union(DocumentStateMachine.AllowedFrom(DocumentTransition.Index))];

    /// <summary>
    /// Waits until the system has nothing left to do from before this run: no document being ingested (a first start's
    /// seed, or a run cut short) and no message waiting in a work queue (questions left by an earlier load run, which
    /// the durable queue keeps across restarts). Work still running then would be measured as the run's own.
    /// </summary>
    public async Task WaitUntilIdleAsync()
    {
        await using var database = NpgsqlDataSource.Create(await ConnectionStringAsync("ragqa") ?? throw new InvalidOperationException("No database connection string."));
        var broker = new ConnectionFactory { Uri = new Uri(await ConnectionStringAsync("rabbitmq") ?? throw new InvalidOperationException("No rabbitmq connection string.")) };
        await using var connection = await broker.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var deadline = DateTime.UtcNow.AddMinutes(30);
        while (true)
        {
            await using var count = database.CreateCommand("SELECT count(*) FROM documents WHERE status = ANY(@statuses)");
            count.Parameters.AddWithValue("statuses", InIngestion.Select(EnumText.Of).ToArray());
            var documents = (long)(await count.ExecuteScalarAsync())!;
            var messages = 0u;
            foreach (var queue in QueueNames.WorkQueues) messages += (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
            if (documents == 0 && messages == 0) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Still busy after 30 minutes: {documents} documents in ingestion, {messages} messages queued.");
            Console.Error.WriteLine($"[system] waiting for earlier work: {documents} documents in ingestion, {messages} messages queued");
            await Task.Delay(2000);
        }
    }

    /// <summary>The services' settings a run was given with <c>--config Key=Value,Key=Value</c>.</summary>
    public static IReadOnlyList<string> ConfiguredSettings(BenchmarkArguments arguments) =>
        arguments.Get("config", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static async Task<LocalSystem> StartAsync(BenchmarkArguments arguments, params string[] settings)
    {
        var dataDirectory = arguments.Get("data", "/tmp/perf-data");
        var configured = ConfiguredSettings(arguments);
        using var timeout = new CancellationTokenSource(StartupTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.RagQa_AppHost>(
            [
                "--RagQa:Mode", "local",
                "--RagQa:DataDirectory", dataDirectory,
                "--RagQa:ApiPort", arguments.Get("api-port", "5480"),
                "--RAGQA_ADMIN_API_KEY=",
                .. settings.Concat(configured).Select(s => "--" + s),
            ],
            timeout.Token);
        // The services' own logs stay in the orchestrator; echoing them here would cost the machine being measured.
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)
            .AddFilter("RagQa.AppHost.Resources", LogLevel.Error)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
        builder.Services.Configure<ResourceNotificationServiceOptions>(o => o.DefaultWaitBehavior = WaitBehavior.StopOnResourceUnavailable);
        var app = await builder.BuildAsync(timeout.Token);
        await app.StartAsync(timeout.Token);
        foreach (var resource in BackingServices.Concat(Services))
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, WaitBehavior.StopOnResourceUnavailable, timeout.Token);
        }
        var key = await builder.Resources.OfType<ParameterResource>().Single(p => p.Name == "admin-api-key").GetValueAsync(timeout.Token)
            ?? throw new InvalidOperationException("The admin-api-key parameter has no value.");
        Console.Error.WriteLine($"[system] local mode, data in {dataDirectory}, api at {app.GetEndpoint("api", "http")}");
        return new LocalSystem(app, key, dataDirectory);
    }

    /// <summary>
    /// Asks until a question is answered within the sync timeout: the first query loads the model and the vectors
    /// in the query worker, which on a busy machine takes longer than the timeout. Keeps first-call costs out of a run.
    /// </summary>
    public static async Task WarmUpAsync(RagQaApiClient api)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            int status;
            try
            {
                await api.AskQuestionAsync(new QueryRequest { Question = "Aquecimento: o produto chegou bem?" });
                return; // 200: answered within the sync timeout
            }
            catch (RagQaApiException error)
            {
                // 202 (RagQaApiException<QueryAccepted>: the worker is still loading) or any other status: ask again.
                status = error.StatusCode;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No answer within 5 minutes of warm-up: {status}");
            await Task.Delay(2000);
        }
    }

    /// <summary>Runs a resource command (stop, start, restart) as an operator would from the dashboard.</summary>
    public async Task CommandAsync(string resource, string command)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var result = await _app.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, command, timeout.Token);
        if (!result.Success) throw new InvalidOperationException($"{command} {resource} failed: {result.Message}");
    }

    public Task StopAsync(string resource) => CommandAsync(resource, KnownResourceCommands.StopCommand);

    /// <summary>Starts a stopped or exited resource and waits until it is healthy again.</summary>
    public async Task StartAsync(string resource)
    {
        await CommandAsync(resource, KnownResourceCommands.StartCommand);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
    }

    /// <summary>SIGKILL of a service's own process (a crash or an OOM kill); returns once the orchestrator saw it exit.</summary>
    public async Task KillAsync(string resource)
    {
        var project = "RagQa." + resource switch
        {
            "api" => "Api",
            "queryworker" => "QueryWorker",
            "ingestworker" => "IngestWorker",
            "embedworker" => "EmbedWorker",
            _ => throw new ArgumentException($"{resource} is not a RagQa service.", nameof(resource)),
        };
        System.Diagnostics.Process.GetProcessById(RagQa.AppHost.ServiceProcesses.Find(project, await ConnectionStringAsync("ragqa"))).Kill();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await _app.ResourceNotifications.WaitForResourceAsync(resource,
            e => e.Snapshot.State?.Text is "Exited" or "Finished" or "FailedToStart", timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
