namespace RagQa.AppHost;

/// <summary>
/// Container mode: Aspire's PostgreSQL and RabbitMQ containers with the same least-privilege logins as local mode and
/// Kubernetes. The services get connection strings for the application role and the <c>ragqa</c> broker user, the api
/// also the schema owner's; those passwords are secret parameters saved in the data folder, like local mode's, and
/// reach the containers through their environment or generated files, never arguments. A published manifest keeps
/// Aspire's plain resources: the Kubernetes manifests create the same roles and users themselves (ClusterCredentials).
/// </summary>
public static class ContainerInfrastructureExtensions
{
    /// <summary>Where the postgres image runs its init scripts, once, on an empty data directory.</summary>
    public const string PostgresInitDirectory = "/docker-entrypoint-initdb.d";

    /// <summary>The rabbitmq user of the official image, which must be able to read the definitions (mode 400).</summary>
    private const int RabbitMQUserId = 999;

    /// <summary>
    /// The database <paramref name="name"/> as the application role, created by the image on first start
    /// (<c>POSTGRES_DB</c>) together with the roles of manifests/backing-services/postgres-roles.sql. Healthy once the
    /// application role can log in.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddDatabaseWithRoles(
        this IResourceBuilder<PostgresServerResource> server, [ResourceName] string name, RepositoryLayout repo)
    {
        var builder = server.ApplicationBuilder;
        if (builder.ExecutionContext.IsPublishMode) return server.AddDatabase(name);

        var ownerPassword = builder.AddSavedSecret("ragqa-owner-password", repo);
        var applicationPassword = builder.AddSavedSecret("ragqa-app-password", repo);
        server.WithEnvironment("POSTGRES_DB", name)
            .WithEnvironment("RAGQA_OWNER_PASSWORD", ownerPassword)
            .WithEnvironment("RAGQA_APP_PASSWORD", applicationPassword)
            .WithInitFiles(repo.PostgresRolesScript);

        var endpoint = server.Resource.PrimaryEndpoint;
        ReferenceExpression Login(string role, IResourceBuilder<ParameterResource> password) => ReferenceExpression.Create(
            $"Host={endpoint.Property(EndpointProperty.Host)};Port={endpoint.Property(EndpointProperty.Port)};Username={role};Password={password};Database={name}");

        return builder.AddConnectionString(name, Login(LocalPostgresServerResource.ApplicationRole, applicationPassword))
            .WithAnnotation(new SchemaOwnerConnectionAnnotation(Login(LocalPostgresServerResource.OwnerRole, ownerPassword)))
            .WithNpgsqlHealthCheck();
    }

    /// <summary>
    /// The broker as the services see it, <paramref name="name"/>: <c>ragqa</c> on vhost <c>ragqa</c> of the container
    /// <c>NAME-broker</c>, which loads <see cref="BrokerDefinitions"/> at every start. Healthy once that user gets in.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddRabbitMQWithVirtualHost(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, RepositoryLayout repo)
    {
        if (builder.ExecutionContext.IsPublishMode) return builder.AddRabbitMQ(name).WithDataVolume();

        var password = builder.AddSavedSecret($"{name}-app-password", repo);
        var adminUser = builder.AddParameter($"{name}-admin-user", "admin");
        var broker = builder.AddRabbitMQ($"{name}-broker", adminUser).WithDataVolume();
        broker.WithContainerFiles(BrokerDefinitions.ConfigDirectory, [new ContainerFile { Name = BrokerDefinitions.ConfigFileName, Contents = BrokerDefinitions.Config }])
            .WithContainerFiles(BrokerDefinitions.DefinitionsDirectory, async (_, ct) =>
            [
                new ContainerFile
                {
                    Name = BrokerDefinitions.DefinitionsFileName,
                    Mode = UnixFileMode.UserRead,
                    Contents = BrokerDefinitions.Json(
                        await adminUser.Resource.GetValueAsync(ct) ?? "",
                        await broker.Resource.PasswordParameter.GetValueAsync(ct) ?? "",
                        await password.Resource.GetValueAsync(ct) ?? ""),
                },
            ], defaultOwner: RabbitMQUserId, defaultGroup: RabbitMQUserId);

        var endpoint = broker.Resource.PrimaryEndpoint;
        return builder.AddConnectionString(name, ReferenceExpression.Create(
                $"amqp://{BrokerDefinitions.ApplicationUser}:{password}@{endpoint.Property(EndpointProperty.HostAndPort)}/{BrokerDefinitions.VirtualHost}"))
            .WithRabbitMQHealthCheck();
    }
}
