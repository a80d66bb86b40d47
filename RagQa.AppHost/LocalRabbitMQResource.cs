namespace RagQa.AppHost;

/// <summary>
/// The Debian rabbitmq-server run by scripts/local/rabbitmq.sh (local mode), listening on a loopback
/// port only; the services use its default <c>guest</c> account.
/// </summary>
public sealed class LocalRabbitMQResource(string name, string workingDirectory)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";
    internal const string PrometheusEndpointName = "prometheus";
    private const string Guest = "guest";

    private EndpointReference? _primaryEndpoint;

    public EndpointReference PrimaryEndpoint => _primaryEndpoint ??= new(this, PrimaryEndpointName);

    /// <summary>The rabbitmq_prometheus plugin's <c>/metrics</c>.</summary>
    public EndpointReference PrometheusEndpoint => new(this, PrometheusEndpointName);

    public EndpointReferenceExpression Host => PrimaryEndpoint.Property(EndpointProperty.Host);

    public EndpointReferenceExpression Port => PrimaryEndpoint.Property(EndpointProperty.Port);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"amqp://{Guest}:{Guest}@{Host}:{Port}");

    IEnumerable<KeyValuePair<string, ReferenceExpression>> IResourceWithConnectionString.GetConnectionProperties() =>
    [
        new("Host", ReferenceExpression.Create($"{Host}")),
        new("Port", ReferenceExpression.Create($"{Port}")),
        new("Username", ReferenceExpression.Create($"{Guest}")),
        new("Password", ReferenceExpression.Create($"{Guest}")),
        new("Uri", ConnectionStringExpression),
    ];
}
