namespace RagQa.AppHost;

/// <summary>
/// The Debian PostgreSQL server run by scripts/local/postgres.sh (local mode): trust authentication as
/// the <c>postgres</c> superuser, listening on a loopback port only.
/// </summary>
public sealed class LocalPostgresServerResource(string name, string workingDirectory)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";
    internal const string UserName = "postgres";

    private readonly Dictionary<string, string> _databases = new(StringComparer.OrdinalIgnoreCase);
    private EndpointReference? _primaryEndpoint;

    public EndpointReference PrimaryEndpoint => _primaryEndpoint ??= new(this, PrimaryEndpointName);

    public EndpointReferenceExpression Host => PrimaryEndpoint.Property(EndpointProperty.Host);

    public EndpointReferenceExpression Port => PrimaryEndpoint.Property(EndpointProperty.Port);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"Host={Host};Port={Port};Username={UserName}");

    /// <summary>The databases created on this server once it is ready, by resource name.</summary>
    public IReadOnlyDictionary<string, string> Databases => _databases;

    internal void AddDatabase(string resourceName, string databaseName) => _databases.TryAdd(resourceName, databaseName);

    // The same properties as Aspire's PostgresServerResource, but for the password: there is none.
    IEnumerable<KeyValuePair<string, ReferenceExpression>> IResourceWithConnectionString.GetConnectionProperties() =>
    [
        new("Host", ReferenceExpression.Create($"{Host}")),
        new("Port", ReferenceExpression.Create($"{Port}")),
        new("Username", ReferenceExpression.Create($"{UserName}")),
        new("Uri", ReferenceExpression.Create($"postgresql://{UserName}@{Host}:{Port}")),
        new("JdbcConnectionString", ReferenceExpression.Create($"jdbc:postgresql://{Host}:{Port}")),
    ];
}
