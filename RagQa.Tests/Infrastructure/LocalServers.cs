using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using RabbitMQ.Client;
using StackExchange.Redis;

namespace RagQa.Tests.Infrastructure;

/// <summary>
/// Real PostgreSQL, Redis and RabbitMQ servers for the integration tests, started once per test run
/// with the same scripts the AppHost uses in local mode (scripts/local/*.sh), on free loopback ports
/// and throw-away data folders. Set RAGQA_TEST_POSTGRES / RAGQA_TEST_REDIS / RAGQA_TEST_RABBITMQ to
/// connection strings of servers already running to skip the start-up (handy while developing).
/// </summary>
public sealed class LocalServers : IAsyncLifetime
{
    private readonly List<Process> _processes = [];
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ragqa-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public string PostgresConnectionString { get; private set; } = "";
    public string RedisConnectionString { get; private set; } = "";
    public string RabbitMqConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var postgres = Environment.GetEnvironmentVariable("RAGQA_TEST_POSTGRES");
        var redis = Environment.GetEnvironmentVariable("RAGQA_TEST_REDIS");
        var rabbit = Environment.GetEnvironmentVariable("RAGQA_TEST_RABBITMQ");

        var pgPort = FreePort();
        var redisPort = FreePort();
        var amqpPort = FreePort();
        if (postgres is null) Start("postgres.sh", Path.Combine(_root, "postgres"), pgPort, "ragqa");
        if (redis is null) Start("redis.sh", Path.Combine(_root, "redis"), redisPort);
        if (rabbit is null) Start("rabbitmq.sh", Path.Combine(_root, "rabbitmq"), amqpPort);

        PostgresConnectionString = postgres ?? $"Host=127.0.0.1;Port={pgPort};Username=postgres;Database=ragqa";
        RedisConnectionString = redis ?? $"127.0.0.1:{redisPort}";
        RabbitMqConnectionString = rabbit ?? $"amqp://guest:guest@127.0.0.1:{amqpPort}";

        await WaitUntilAsync("postgres", async () =>
        {
            await using var connection = new NpgsqlConnection(PostgresConnectionString);
            await connection.OpenAsync();
        });
        await WaitUntilAsync("redis", async () =>
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString);
            await connection.GetDatabase().PingAsync();
        });
        await WaitUntilAsync("rabbitmq", async () =>
        {
            var factory = new ConnectionFactory { Uri = new Uri(RabbitMqConnectionString) };
            await using var connection = await factory.CreateConnectionAsync();
        });
    }

    /// <summary>A fresh, empty database on the shared server, for tests that need isolation.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(PostgresConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            try
            {
                // SIGTERM lets each server shut down cleanly; the data is thrown away anyway.
                Process.Start("kill", ["-TERM", process.Id.ToString()])?.WaitForExit();
                if (!process.WaitForExit(15_000)) process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
        await Task.Run(() => { try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { } });
    }

    private void Start(string script, string dataDir, int port, params string[] extra)
    {
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", "local", script));
        info.ArgumentList.Add(dataDir);
        info.ArgumentList.Add(port.ToString());
        foreach (var arg in extra) info.ArgumentList.Add(arg);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {script}");
        // Drain the output so the server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
    }

    private static async Task WaitUntilAsync(string name, Func<Task> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await probe();
                return;
            }
            catch (Exception ex)
            {
                last = ex;
                await Task.Delay(250);
            }
        }
        throw new TimeoutException($"{name} did not start within 90 s", last);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RagQa.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("RagQa.sln not found above " + AppContext.BaseDirectory);
    }
}
