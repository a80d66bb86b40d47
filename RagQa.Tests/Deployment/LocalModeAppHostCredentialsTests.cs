using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using RagQa.AppHost;

namespace RagQa.Tests.Deployment;

// GetEnvironmentVariableValuesAsync is Aspire's documented helper for checking a model's environment in tests; its
// successor, ExecutionConfigurationBuilder, needs the services of a running application.
#pragma warning disable CS0618

/// <summary>
/// Issue #19, items 14 and 15, in the AppHost's model of local mode: every local server's password is a secret
/// parameter (masked in the dashboard) generated once into the data folder, mode 600, and reaches its script through
/// the environment; the services connect as the application role, the api alone also gets the owner's connection for
/// its migrations, RabbitMQ is reached as <c>ragqa</c> on vhost <c>ragqa</c>, Redis with its password.
/// </summary>
public sealed class LocalModeAppHostCredentialsTests() : AppHostModel("local")
{
    private static readonly string[] Passwords = ["postgres-password", "ragqa-owner-password", "ragqa-app-password", "redis-password", "rabbitmq-app-password"];

    [Fact]
    public async Task Each_local_password_is_a_secret_parameter_generated_once_into_a_private_file()
    {
        foreach (var name in Passwords)
        {
            var parameter = Assert.Single(Builder.Resources.OfType<ParameterResource>(), p => p.Name == name);
            Assert.True(parameter.Secret, $"{name} is not a secret parameter");
            var value = await parameter.GetValueAsync(CancellationToken.None);

            Assert.Equal(43, value?.Length);
            var file = Path.Combine(DataDirectory, name);
            Assert.Equal(value, await File.ReadAllTextAsync(file));
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        Assert.Equal(Passwords.Length, Passwords.Select(p => File.ReadAllText(Path.Combine(DataDirectory, p))).Distinct().Count());
    }

    [Theory]
    [InlineData("postgres", "POSTGRES_PASSWORD", "postgres-password")]
    [InlineData("postgres", "RAGQA_OWNER_PASSWORD", "ragqa-owner-password")]
    [InlineData("postgres", "RAGQA_APP_PASSWORD", "ragqa-app-password")]
    [InlineData("redis", "REDIS_PASSWORD", "redis-password")]
    [InlineData("rabbitmq", "RAGQA_RABBITMQ_PASSWORD", "rabbitmq-app-password")]
    public async Task The_local_servers_get_their_passwords_in_the_environment_not_as_arguments(string server, string variable, string parameter)
    {
        var resource = Assert.Single(Builder.Resources.OfType<ExecutableResource>(), r => r.Name == server);

        var environment = await resource.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
        Assert.Equal($"{{{parameter}.value}}", environment[variable]);
        var arguments = await ArgumentsAsync(resource);
        Assert.DoesNotContain(arguments, a => a.Contains(parameter, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_services_connect_with_least_privilege_and_only_the_api_as_the_schema_owner()
    {
        var database = Assert.IsType<LocalPostgresDatabaseResource>(Builder.Resources.Single(r => r.Name == "ragqa"));
        Assert.Equal("Host={postgres.bindings.tcp.host};Port={postgres.bindings.tcp.port};Username=ragqa_app;Password={ragqa-app-password.value};Database=ragqa",
            database.ConnectionStringExpression.ValueExpression);
        var broker = Assert.IsType<LocalRabbitMQResource>(Builder.Resources.Single(r => r.Name == "rabbitmq"));
        Assert.Equal("amqp://ragqa:{rabbitmq-app-password.value}@{rabbitmq.bindings.tcp.host}:{rabbitmq.bindings.tcp.port}/ragqa",
            broker.ConnectionStringExpression.ValueExpression);
        var redis = Assert.IsType<LocalRedisResource>(Builder.Resources.Single(r => r.Name == "redis"));
        Assert.Equal("{redis.bindings.tcp.host}:{redis.bindings.tcp.port},password={redis-password.value}", redis.ConnectionStringExpression.ValueExpression);

        foreach (var project in Builder.Resources.OfType<ProjectResource>())
        {
            var environment = await project.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
            if (project.Name == "api")
            {
                Assert.Equal(database.OwnerConnectionStringExpression.ValueExpression, environment["ConnectionStrings__ragqa-owner"]);
                Assert.Contains("Username=ragqa_owner;Password={ragqa-owner-password.value}", environment["ConnectionStrings__ragqa-owner"], StringComparison.Ordinal);
            }
            else
            {
                Assert.False(environment.ContainsKey("ConnectionStrings__ragqa-owner"), $"{project.Name} gets the schema owner's connection");
            }
            Assert.DoesNotContain(environment, e => e.Value.Contains("postgres-password", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_saved_secret_is_configured_or_from_its_environment_variable_or_generated_once()
    {
        var file = Path.Combine(DataDirectory, "secret");
        var empty = new ConfigurationBuilder().Build();

        var generated = new SavedSecretDefault(empty, file).GetDefaultValue();
        Assert.Equal(generated, new SavedSecretDefault(empty, file).GetDefaultValue());
        Assert.NotEqual(generated, new SavedSecretDefault(empty, file + "2").GetDefaultValue());
        var fromEnvironment = new ConfigurationBuilder().AddInMemoryCollection([new("RAGQA_SECRET", " given ")]).Build();
        Assert.Equal("given", new SavedSecretDefault(fromEnvironment, file, "RAGQA_SECRET").GetDefaultValue());
    }

    private static async Task<List<string>> ArgumentsAsync(IResource resource)
    {
        var context = new CommandLineArgsCallbackContext([], resource);
        foreach (var callback in resource.Annotations.OfType<CommandLineArgsCallbackAnnotation>())
        {
            await callback.Callback(context);
        }
        return context.Args.Select(a => a switch
        {
            string s => s,
            IManifestExpressionProvider p => p.ValueExpression,
            _ => a.ToString() ?? "",
        }).ToList();
    }
}
