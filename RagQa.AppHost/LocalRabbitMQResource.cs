namespace RagQa.AppHost;

/// <summary>
/// The Debian rabbitmq-server run by scripts/local/rabbitmq.sh (local mode), listening on a loopback port only. Its
/// one user, <c>ragqa</c>, may use the <c>ragqa</c> vhost and nothing else; there is no <c>guest</c>.
/// </summary>
public sealed class LocalRabbitMQResource(string name, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";
    internal const string PrometheusEndpointName = "prometheus";

    /// <summary>The user and its vhost, as in Kubernetes (scripts/local/rabbitmq.sh writes them into the definitions).</summary>
    internal const string UserName = "ragqa";
    internal const string VirtualHost = "ragqa";

    private EndpointReference? _primaryEndpoint;

    public EndpointReference PrimaryEndpoint => _primaryEndpoint ??= new(this, PrimaryEndpointName);

    /// <summary>The rabbitmq_prometheus plugin's <c>/metrics</c>.</summary>
    public EndpointReference PrometheusEndpoint => new(this, PrometheusEndpointName);

    public EndpointReferenceExpression Host => PrimaryEndpoint.Property(EndpointProperty.Host);

    public EndpointReferenceExpression Port => PrimaryEndpoint.Property(EndpointProperty.Port);

    public ParameterResource Password { get; } = password;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"amqp://{UserName}:{Password}@{Host}:{Port}/{VirtualHost}");

    IEnumerable<KeyValuePair<string, ReferenceExpression>> IResourceWithConnectionString.GetConnectionProperties() =>
    [
        new("Host", ReferenceExpression.Create($"{Host}")),
        new("Port", ReferenceExpression.Create($"{Port}")),
        new("Username", ReferenceExpression.Create($"{UserName}")),
        new("Password", ReferenceExpression.Create($"{Password}")),
        new("VirtualHost", ReferenceExpression.Create($"{VirtualHost}")),
        new("Uri", ConnectionStringExpression),
    ];
}
