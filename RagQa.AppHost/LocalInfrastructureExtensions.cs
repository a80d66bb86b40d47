using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace RagQa.AppHost;

/// <summary>
/// Local mode: the Debian-packaged PostgreSQL, RabbitMQ and Redis servers as executable resources, started
/// through scripts/local/*.sh on loopback ports chosen at start-up, with their data under
/// <see cref="RepositoryLayout.DataDirectory"/>. Each exposes the connection string its container
/// counterpart would, under the same name, and a health check that speaks the server's protocol.
/// Their passwords are secret parameters generated into the data folder (<see cref="RagQaBuilderExtensions.AddSavedSecret"/>)
/// and reach the scripts as environment variables, never as arguments.
/// The scripts exec the servers, so stopping a resource (or the AppHost) signals the server itself.
/// </summary>
public static class LocalInfrastructureExtensions
{
    public static IResourceBuilder<LocalPostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, RepositoryLayout layout)
    {
        var password = builder.AddSavedSecret($"{name}-password", layout);
        var ownerPassword = builder.AddSavedSecret("ragqa-owner-password", layout);
        var applicationPassword = builder.AddSavedSecret("ragqa-app-password", layout);
        var server = new LocalPostgresServerResource(name, layout.Root, password.Resource, ownerPassword.Resource, applicationPassword.Resource);
        string? connectionString = null;

        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddNpgSql(
            _ => Unpooled(connectionString, "postgres"), name: healthCheckKey);

        return builder.AddResource(server)
            .WithLocalServer(layout, "postgres.sh", LocalPostgresServerResource.PrimaryEndpointName)
            .WithEnvironment("POSTGRES_PASSWORD", password)
            .WithEnvironment("RAGQA_OWNER_PASSWORD", ownerPassword)
            .WithEnvironment("RAGQA_APP_PASSWORD", applicationPassword)
            .WithIconName("DatabaseMultiple")
            .OnConnectionStringAvailable(async (resource, _, ct) => connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct))
            .OnResourceReady((resource, _, ct) => CreateDatabasesAsync(resource, Unpooled(connectionString, "postgres"), ct))
            .WithHealthCheck(healthCheckKey);
    }

    /// <summary>
    /// A database on the local server, created (when missing) as soon as the server is ready. Its state
    /// follows the server's, as Aspire does for the databases of a container.
    /// </summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<LocalPostgresServerResource> builder, [ResourceName] string name, string? databaseName = null)
    {
        var database = new LocalPostgresDatabaseResource(name, databaseName ?? name, builder.Resource);
        builder.Resource.AddDatabase(database.Name, database.DatabaseName);
        string? connectionString = null;

        // Aspire mirrors a parent's state onto its children for containers only, not for executables.
        builder.ApplicationBuilder.Eventing.Subscribe<BeforeStartEvent>((@event, cancellationToken) =>
        {
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            var stopping = @event.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            _ = FollowParentStateAsync(notifications, database, stopping);
            return Task.CompletedTask;
        });

        var healthCheckKey = $"{name}_check";
        builder.ApplicationBuilder.Services.AddHealthChecks().AddNpgSql(
            _ => Unpooled(connectionString, database.DatabaseName), name: healthCheckKey);

        return builder.ApplicationBuilder.AddResource(database)
            .OnConnectionStringAvailable(async (resource, _, ct) => connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct))
            .WithHealthCheck(healthCheckKey);
    }

    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, RepositoryLayout layout)
    {
        var password = builder.AddSavedSecret($"{name}-password", layout);
        var redis = new LocalRedisResource(name, layout.Root, password.Resource);
        string? connectionString = null;

        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddRedis(
            _ => connectionString ?? throw new InvalidOperationException($"The connection string of '{name}' is not available yet."),
            name: healthCheckKey);

        return builder.AddResource(redis)
            .WithLocalServer(layout, "redis.sh", LocalRedisResource.PrimaryEndpointName)
            .WithEnvironment("REDIS_PASSWORD", password)
            .OnConnectionStringAvailable(async (resource, _, ct) => connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct))
            .WithHealthCheck(healthCheckKey);
    }

    public static IResourceBuilder<LocalRabbitMQResource> AddLocalRabbitMQ(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, RepositoryLayout layout)
    {
        var password = builder.AddSavedSecret($"{name}-app-password", layout);
        var rabbitMq = new LocalRabbitMQResource(name, layout.Root, password.Resource);
        return builder.AddResource(rabbitMq)
            .WithLocalServer(layout, "rabbitmq.sh", LocalRabbitMQResource.PrimaryEndpointName)
            .WithEnvironment("RAGQA_RABBITMQ_PASSWORD", password)
            // The Erlang distribution port, chosen here too so that it cannot collide with another instance.
            .WithArgs(FreeLoopbackPort().ToString(System.Globalization.CultureInfo.InvariantCulture))
            // The rabbitmq_prometheus plugin's port (broker-side queue, connection and memory metrics for Prometheus).
            .WithLoopbackEndpoint(LocalRabbitMQResource.PrometheusEndpointName, "http")
            .WithArgs(context => context.Args.Add(rabbitMq.PrometheusEndpoint.Property(EndpointProperty.TargetPort)))
            .WithRabbitMQHealthCheck();
    }

    /// <summary>
    /// The Debian prometheus with monitoring/prometheus/prometheus.yml and alerts.yml (scrape and rule evaluation every 5 s),
    /// its data under <see cref="RepositoryLayout.DataDirectory"/>; healthy once it answers <c>/-/ready</c>.
    /// </summary>
    public static IResourceBuilder<LocalPrometheusResource> AddLocalPrometheus(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, RepositoryLayout layout) =>
        builder.AddResource(new LocalPrometheusResource(name, layout.Root, Path.Combine(layout.DataDirectory, name)))
            .WithLocalServer(layout, "prometheus.sh", LocalPrometheusResource.PrimaryEndpointName, scheme: "http")
            .WithIconName("ChartMultiple")
            .WithHttpHealthCheck("/-/ready", endpointName: LocalPrometheusResource.PrimaryEndpointName);

    /// <summary>
    /// Scrapes <c>/metrics</c> of the projects' http endpoints as job <paramref name="job"/>, one target per project
    /// labelled <c>service</c>. Their ports are allocated at start-up, so the targets file is written as each is known.
    /// </summary>
    public static IResourceBuilder<LocalPrometheusResource> WithScrapeTargets(
        this IResourceBuilder<LocalPrometheusResource> prometheus, string job, params IResourceBuilder<ProjectResource>[] targets)
    {
        var file = new ScrapeTargetsFile(Path.Combine(prometheus.Resource.TargetsDirectory, job + ".json"));
        foreach (var target in targets)
        {
            target.OnResourceEndpointsAllocated((resource, _, _) => WriteTarget(file, new EndpointReference(resource, "http")));
        }
        return prometheus;
    }

    /// <summary>The local broker's rabbitmq_prometheus plugin endpoint, as job <c>rabbitmq</c>; nothing for a container broker.</summary>
    public static IResourceBuilder<LocalPrometheusResource> WithBrokerMetrics(
        this IResourceBuilder<LocalPrometheusResource> prometheus, IResourceBuilder<IResourceWithConnectionString> broker)
    {
        if (broker is IResourceBuilder<LocalRabbitMQResource> local)
        {
            var file = new ScrapeTargetsFile(Path.Combine(prometheus.Resource.TargetsDirectory, "rabbitmq.json"));
            local.OnResourceEndpointsAllocated((resource, _, _) => WriteTarget(file, resource.PrometheusEndpoint));
        }
        return prometheus;
    }

    private static Task WriteTarget(ScrapeTargetsFile file, EndpointReference endpoint)
    {
        file.Set(endpoint.Resource.Name, $"{endpoint.Host}:{endpoint.Port}");
        return Task.CompletedTask;
    }

    /// <summary>
    /// Runs <c>bash scripts/local/SCRIPT DATA_DIR PORT</c> with the port taken as a fixed, unproxied
    /// loopback endpoint: the server itself listens on it, so a health check that connects talks to the server.
    /// </summary>
    private static IResourceBuilder<T> WithLocalServer<T>(
        this IResourceBuilder<T> builder, RepositoryLayout layout, string script, string endpointName, string scheme = "tcp")
        where T : ExecutableResource
    {
        var endpoint = new EndpointReference(builder.Resource, endpointName);
        return builder
            .WithLoopbackEndpoint(endpointName, scheme)
            .WithArgs(context =>
            {
                context.Args.Add(layout.LocalScript(script));
                context.Args.Add(Path.Combine(layout.DataDirectory, builder.Resource.Name));
                context.Args.Add(endpoint.Property(EndpointProperty.TargetPort));
            });
    }

    /// <summary>A fixed, unproxied loopback port chosen now: the server itself listens on it.</summary>
    private static IResourceBuilder<T> WithLoopbackEndpoint<T>(this IResourceBuilder<T> builder, string endpointName, string scheme)
        where T : ExecutableResource
    {
        var port = FreeLoopbackPort();
        return builder.WithEndpoint(endpointName, e =>
        {
            e.UriScheme = scheme;
            e.Port = port;
            e.TargetPort = port;
            e.TargetHost = IPAddress.Loopback.ToString();
            e.IsProxied = false;
        }, createIfNotExists: true);
    }

    private static async Task FollowParentStateAsync(
        ResourceNotificationService notifications, LocalPostgresDatabaseResource database, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(cancellationToken))
            {
                if (update.Resource == database.Parent)
                {
                    await notifications.PublishUpdateAsync(database, snapshot => snapshot with
                    {
                        State = update.Snapshot.State,
                        StartTimeStamp = update.Snapshot.StartTimeStamp,
                        StopTimeStamp = update.Snapshot.StopTimeStamp,
                    });
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The application is stopping.
        }
    }

    private static async Task CreateDatabasesAsync(LocalPostgresServerResource server, string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var database in server.Databases.Values)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
            {
                Parameters = { new() { Value = database } },
            };
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                var identifier = new NpgsqlCommandBuilder().QuoteIdentifier(database);
                await using var create = new NpgsqlCommand($"CREATE DATABASE {identifier}", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    // Unpooled: an idle pooled connection held by the AppHost would keep PostgreSQL's smart shutdown
    // (its answer to SIGTERM) waiting, and the server would be killed instead of stopping cleanly.
    private static string Unpooled(string? connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString ?? throw new InvalidOperationException("The PostgreSQL connection string is not available yet."))
        {
            Database = database,
            Pooling = false,
        }.ConnectionString;

    /// <summary>
    /// A loopback port free now, below Linux's ephemeral range (32768–60999): a port the system hands out (port 0) can be
    /// handed out again — to an outgoing connection or another resource — before the server binds it, which made
    /// RabbitMQ fail to boot now and then ("could not bind to distribution port … not_erlang").
    /// </summary>
    private static int FreeLoopbackPort()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(LowestFixedPort, FirstEphemeralPort);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }
        throw new InvalidOperationException($"No free loopback port between {LowestFixedPort} and {FirstEphemeralPort}.");
    }

    private const int LowestFixedPort = 20000;
    private const int FirstEphemeralPort = 32768;
}
