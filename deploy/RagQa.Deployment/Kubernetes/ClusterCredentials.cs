using RagQa.Deployment.AspireModel;

namespace RagQa.Deployment.Kubernetes;

/// <summary>
/// Least privilege in the cluster. The Aspire manifest connects every service as the Postgres superuser and
/// the RabbitMQ default user; in Kubernetes the services connect as an application role with DML rights only
/// (<c>ConnectionStrings__ragqa</c>), the api alone also gets the owner role it runs the migrations with
/// (<c>ConnectionStrings__ragqa-owner</c>), and RabbitMQ is reached as a user confined to the <c>ragqa</c> vhost.
/// The backing services' manifests create these roles from the same Secret keys. The superuser and admin
/// passwords stay with Postgres and RabbitMQ.
/// </summary>
public static class ClusterCredentials
{
    public const string AppRole = "ragqa_app";
    public const string OwnerRole = "ragqa_owner";
    public const string RabbitMqUser = "ragqa";
    public const string RabbitMqVirtualHost = "ragqa";

    public const string AppPasswordKey = "ragqa-app-password";
    public const string OwnerPasswordKey = "ragqa-owner-password";
    public const string RabbitMqPasswordKey = "rabbitmq-app-password";

    /// <summary>The Secret keys of the superuser and broker admin: no service may read them.</summary>
    public static IReadOnlyList<string> AdministratorKeys { get; } = ["postgres-password", "rabbitmq-password"];

    public static IReadOnlyList<string> ServiceKeys { get; } = [AppPasswordKey, OwnerPasswordKey, RabbitMqPasswordKey];

    public const string OwnerConnectionString = "ConnectionStrings__ragqa-owner";

    /// <summary>
    /// The project's environment with the Postgres and RabbitMQ credentials replaced (host, port and database as the
    /// manifest resolved them); fails if an administrator secret would still reach the service.
    /// </summary>
    public static IReadOnlyDictionary<string, ResolvedValue> Apply(IReadOnlyDictionary<string, ResolvedValue> environment, bool ownsSchema)
    {
        var result = environment.ToDictionary();
        if (environment.TryGetValue("RAGQA_HOST", out var pgHost) && environment.TryGetValue("RAGQA_PORT", out var pgPort)
            && environment.TryGetValue("RAGQA_DATABASENAME", out var database))
        {
            Replace(result, "ConnectionStrings__ragqa", Npgsql(pgHost.Text, pgPort.Text, database.Text, AppRole, AppPasswordKey));
            Replace(result, "RAGQA_USERNAME", Plain(AppRole));
            Replace(result, "RAGQA_PASSWORD", Secret($"$({SecretNames.EnvironmentVariable(AppPasswordKey)})", AppPasswordKey));
            Replace(result, "RAGQA_URI", Secret(
                $"postgresql://{AppRole}:$({SecretNames.EnvironmentVariable(AppPasswordKey)})@{pgHost.Text}:{pgPort.Text}/{database.Text}", AppPasswordKey));
            if (ownsSchema)
            {
                result[OwnerConnectionString] = Npgsql(pgHost.Text, pgPort.Text, database.Text, OwnerRole, OwnerPasswordKey);
            }
        }
        if (environment.TryGetValue("RABBITMQ_HOST", out var mqHost) && environment.TryGetValue("RABBITMQ_PORT", out var mqPort))
        {
            var uri = Secret(
                $"amqp://{RabbitMqUser}:$({SecretNames.EnvironmentVariable(RabbitMqPasswordKey)})@{mqHost.Text}:{mqPort.Text}/{RabbitMqVirtualHost}",
                RabbitMqPasswordKey);
            Replace(result, "ConnectionStrings__rabbitmq", uri);
            Replace(result, "RABBITMQ_URI", uri);
            Replace(result, "RABBITMQ_USERNAME", Plain(RabbitMqUser));
            Replace(result, "RABBITMQ_PASSWORD", Secret($"$({SecretNames.EnvironmentVariable(RabbitMqPasswordKey)})", RabbitMqPasswordKey));
        }
        var leaked = result.Where(e => e.Value.SecretParameters.Intersect(AdministratorKeys).Any()).Select(e => e.Key).ToList();
        if (leaked.Count > 0)
        {
            throw new InvalidOperationException(
                $"{string.Join(", ", leaked)} would give a service an administrator password; map it to a service credential in {nameof(ClusterCredentials)}.");
        }
        return result;
    }

    private static void Replace(Dictionary<string, ResolvedValue> environment, string name, ResolvedValue value)
    {
        if (environment.ContainsKey(name))
        {
            environment[name] = value;
        }
    }

    private static ResolvedValue Npgsql(string host, string port, string database, string role, string passwordKey) =>
        Secret($"Host={host};Port={port};Username={role};Password=$({SecretNames.EnvironmentVariable(passwordKey)});Database={database}", passwordKey);

    private static ResolvedValue Plain(string text) => new(text, new HashSet<string>());

    private static ResolvedValue Secret(string text, string key) => new(text, new HashSet<string> { key });
}
