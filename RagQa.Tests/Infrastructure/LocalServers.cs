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
/// and throw-away data folders, with passwords generated for the run: the same credentials as local mode, so the
/// tests go through them. <see cref="PostgresConnectionString"/> is the superuser's (tests create and migrate
/// databases); the owner and application roles of postgres-roles.sql have theirs. Set RAGQA_TEST_POSTGRES /
/// RAGQA_TEST_REDIS / RAGQA_TEST_RABBITMQ to connection strings of servers already running to skip the start-up
/// (handy while developing).
/// </summary>
public sealed class LocalServers : IAsyncLifetime
{
    private readonly List<Process> _processes = [];
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ragqa-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public string PostgresConnectionString { get; private set; } = "";
    public string PostgresOwnerConnectionString { get; private set; } = "";
    public string PostgresApplicationConnectionString { get; private set; } = "";
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
        var (superuser, owner, application, redisPassword, rabbitPassword) = (NewPassword(), NewPassword(), NewPassword(), NewPassword(), NewPassword());
        if (postgres is null)
        {
            Start("postgres.sh", Path.Combine(_root, "postgres"), pgPort, ["ragqa"], new()
            {
                ["POSTGRES_PASSWORD"] = superuser,
                ["RAGQA_OWNER_PASSWORD"] = owner,
                ["RAGQA_APP_PASSWORD"] = application,
            });
        }
        if (redis is null) Start("redis.sh", Path.Combine(_root, "redis"), redisPort, [], new() { ["REDIS_PASSWORD"] = redisPassword });
        // The Erlang distribution port is chosen free too: the script's default (AMQP port + 20000) may be taken.
        if (rabbit is null) Start("rabbitmq.sh", Path.Combine(_root, "rabbitmq"), amqpPort, [FreePort().ToString()], new() { ["RAGQA_RABBITMQ_PASSWORD"] = rabbitPassword });

        // Persist Security Info: tests hand a data source's connection string on, which otherwise loses the password.
        PostgresConnectionString = postgres ?? $"Host=127.0.0.1;Port={pgPort};Username=postgres;Password={superuser};Database=ragqa;Persist Security Info=true";
        PostgresOwnerConnectionString = new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Username = "ragqa_owner", Password = owner }.ConnectionString;
        PostgresApplicationConnectionString = new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Username = "ragqa_app", Password = application }.ConnectionString;
        RedisConnectionString = redis ?? $"127.0.0.1:{redisPort},password={redisPassword}";
        RabbitMqConnectionString = rabbit ?? $"amqp://ragqa:{rabbitPassword}@127.0.0.1:{amqpPort}/ragqa";

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

    private void Start(string script, string dataDir, int port, string[] extra, Dictionary<string, string> secrets)
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
        // Passwords in the environment, as the AppHost passes them: never on a command line.
        foreach (var (name, value) in secrets) info.Environment[name] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {script}");
        // Drain the output so the server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
    }

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private static async Task WaitUntilAsync(string name, Func<Task> probe)
    {
        // Generous: on a loaded 2-core machine (a CI run beside builds) the broker has taken over 90 s to start.
        var deadline = DateTime.UtcNow.Add(StartTimeout);
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
        throw new TimeoutException($"{name} did not start within {StartTimeout.TotalSeconds} s", last);
    }

    /// <summary>A password as local mode generates it: 32 random bytes, base64url.</summary>
    private static string NewPassword() => System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

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
