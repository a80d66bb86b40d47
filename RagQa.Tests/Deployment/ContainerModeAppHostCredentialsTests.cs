using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using RagQa.AppHost;

namespace RagQa.Tests.Deployment;

// GetEnvironmentVariableValuesAsync is Aspire's documented helper for checking a model's environment in tests; its
// successor, ExecutionConfigurationBuilder, needs the services of a running application.
#pragma warning disable CS0618

/// <summary>
/// Issue #19, items 14 and 15, in the AppHost's model of container mode, built without a container engine (nothing is
/// started): Postgres runs postgres-roles.sql at init with the role passwords in its environment, the services connect
/// as the application role and only the api also as the schema owner, the broker loads definitions with a <c>ragqa</c>
/// user confined to vhost <c>ragqa</c> and no <c>guest</c>, Redis requires its password. Whether the containers then
/// accept these logins is not verifiable here (docs/security.md).
/// </summary>
public sealed class ContainerModeAppHostCredentialsTests() : AppHostModel("container")
{
    [Fact]
    public async Task Postgres_creates_the_roles_at_init_with_their_passwords_in_its_environment()
    {
        var postgres = Assert.Single(Builder.Resources.OfType<PostgresServerResource>());

        var environment = await postgres.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
        Assert.Equal("ragqa", environment["POSTGRES_DB"]);
        Assert.Equal("{ragqa-owner-password.value}", environment["RAGQA_OWNER_PASSWORD"]);
        Assert.Equal("{ragqa-app-password.value}", environment["RAGQA_APP_PASSWORD"]);
        var init = await ContainerFilesAsync(postgres, ContainerInfrastructureExtensions.PostgresInitDirectory);
        var script = Assert.IsType<ContainerFile>(Assert.Single(init));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(DeploymentRepository.Root, "manifests", "backing-services", "postgres-roles.sql")),
            script.Contents ?? await File.ReadAllTextAsync(script.SourcePath!));
        Assert.All(new[] { "ragqa-owner-password", "ragqa-app-password" }, name =>
            Assert.True(Assert.Single(Builder.Resources.OfType<ParameterResource>(), p => p.Name == name).Secret, name));
    }

    [Fact]
    public async Task The_services_connect_as_the_application_role_and_only_the_api_as_the_schema_owner()
    {
        var database = Assert.IsType<ConnectionStringResource>(Builder.Resources.Single(r => r.Name == "ragqa"));
        Assert.Equal("Host={postgres.bindings.tcp.host};Port={postgres.bindings.tcp.port};Username=ragqa_app;Password={ragqa-app-password.value};Database=ragqa",
            database.ConnectionStringExpression.ValueExpression);
        Assert.Contains(database.Annotations, a => a is HealthCheckAnnotation);

        foreach (var project in Builder.Resources.OfType<ProjectResource>())
        {
            var environment = await project.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
            Assert.Equal("{ragqa.connectionString}", environment["ConnectionStrings__ragqa"]);
            if (project.Name == "api")
            {
                Assert.Equal("Host={postgres.bindings.tcp.host};Port={postgres.bindings.tcp.port};Username=ragqa_owner;Password={ragqa-owner-password.value};Database=ragqa",
                    environment["ConnectionStrings__ragqa-owner"]);
            }
            else
            {
                Assert.False(environment.ContainsKey("ConnectionStrings__ragqa-owner"), $"{project.Name} gets the schema owner's connection");
            }
            // Neither the superuser nor the broker's administrator reaches a service.
            Assert.DoesNotContain(environment, e => e.Value.Contains("postgres-password", StringComparison.Ordinal)
                || e.Value.Contains("postgres.connectionString", StringComparison.Ordinal)
                || e.Value.Contains("rabbitmq-broker", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_broker_loads_a_ragqa_user_confined_to_its_vhost_and_the_services_use_it()
    {
        var broker = Assert.Single(Builder.Resources.OfType<RabbitMQServerResource>());
        Assert.Equal("rabbitmq-broker", broker.Name);
        var connection = Assert.IsType<ConnectionStringResource>(Builder.Resources.Single(r => r.Name == "rabbitmq"));
        Assert.Equal("amqp://ragqa:{rabbitmq-app-password.value}@{rabbitmq-broker.bindings.tcp.host}:{rabbitmq-broker.bindings.tcp.port}/ragqa",
            connection.ConnectionStringExpression.ValueExpression);

        var config = Assert.IsType<ContainerFile>(Assert.Single(await ContainerFilesAsync(broker, BrokerDefinitions.ConfigDirectory)));
        Assert.Equal("load_definitions = /etc/rabbitmq/ragqa/definitions.json\n", config.Contents);
        var file = Assert.IsType<ContainerFile>(Assert.Single(await ContainerFilesAsync(broker, BrokerDefinitions.DefinitionsDirectory)));
        Assert.Equal(BrokerDefinitions.DefinitionsFileName, file.Name);
        Assert.Equal(UnixFileMode.UserRead, file.Mode);
        using var definitions = JsonDocument.Parse(file.Contents!);
        var ragqa = Assert.Single(definitions.RootElement.GetProperty("users").EnumerateArray(), u => u.GetProperty("name").GetString() == "ragqa");
        var saved = await Assert.Single(Builder.Resources.OfType<ParameterResource>(), p => p.Name == "rabbitmq-app-password").GetValueAsync(CancellationToken.None);
        Assert.Equal(saved, ragqa.GetProperty("password").GetString());
        Assert.Equal(43, saved?.Length);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(DataDirectory, "rabbitmq-app-password")), saved);
    }

    [Fact]
    public void The_definitions_give_ragqa_its_vhost_alone_and_hold_no_guest()
    {
        using var definitions = JsonDocument.Parse(BrokerDefinitions.Json("admin", "a\"dmin", "app"));

        var users = definitions.RootElement.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("name").GetString()).ToList();
        Assert.Equal(["admin", "ragqa"], users);
        var ragqa = definitions.RootElement.GetProperty("permissions").EnumerateArray().Where(p => p.GetProperty("user").GetString() == "ragqa").ToList();
        Assert.Equal("ragqa", Assert.Single(ragqa).GetProperty("vhost").GetString());
        Assert.Empty(definitions.RootElement.GetProperty("users").EnumerateArray().Single(u => u.GetProperty("name").GetString() == "ragqa").GetProperty("tags").EnumerateArray());
        Assert.Equal("a\"dmin", definitions.RootElement.GetProperty("users")[0].GetProperty("password").GetString());
    }

    [Fact]
    public void Redis_requires_a_generated_secret_password()
    {
        var redis = Assert.Single(Builder.Resources.OfType<RedisResource>());

        Assert.True(redis.PasswordParameter?.Secret);
        Assert.Contains("password={redis-password.value}", redis.ConnectionStringExpression.ValueExpression, StringComparison.Ordinal);
    }

    private static async Task<List<ContainerFileSystemItem>> ContainerFilesAsync(IResource resource, string destination)
    {
        var items = new List<ContainerFileSystemItem>();
        await using var services = new ServiceCollection().BuildServiceProvider();
        foreach (var files in resource.Annotations.OfType<ContainerFileSystemCallbackAnnotation>().Where(a => a.DestinationPath == destination))
        {
            items.AddRange(await files.Callback(new ContainerFileSystemCallbackContext { ServiceProvider = services, Services = services, Model = resource }, CancellationToken.None));
        }
        return items;
    }
}
