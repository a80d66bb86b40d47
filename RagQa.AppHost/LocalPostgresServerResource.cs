namespace RagQa.AppHost;

/// <summary>
/// The Debian PostgreSQL server run by scripts/local/postgres.sh (local mode), listening on a loopback port only, every
/// connection authenticated with a password (SCRAM). Its superuser is for the AppHost alone (health check, creating
/// databases); the script also creates the roles of manifests/backing-services/postgres-roles.sql, which the services
/// use through <see cref="LocalPostgresDatabaseResource"/>.
/// </summary>
public sealed class LocalPostgresServerResource(
    string name, string workingDirectory, ParameterResource password, ParameterResource ownerPassword, ParameterResource applicationPassword)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";
    internal const string UserName = "postgres";

    /// <summary>The role that owns the database and runs the migrations (postgres-roles.sql).</summary>
    internal const string OwnerRole = "ragqa_owner";

    /// <summary>The role the services connect as: rows only, no DDL (postgres-roles.sql, ApplicationRoleGrants).</summary>
    internal const string ApplicationRole = "ragqa_app";

    private readonly Dictionary<string, string> _databases = new(StringComparer.OrdinalIgnoreCase);
    private EndpointReference? _primaryEndpoint;

    public EndpointReference PrimaryEndpoint => _primaryEndpoint ??= new(this, PrimaryEndpointName);

    public EndpointReferenceExpression Host => PrimaryEndpoint.Property(EndpointProperty.Host);

    public EndpointReferenceExpression Port => PrimaryEndpoint.Property(EndpointProperty.Port);

    /// <summary>The superuser's password.</summary>
    public ParameterResource Password { get; } = password;

    public ParameterResource OwnerPassword { get; } = ownerPassword;

    public ParameterResource ApplicationPassword { get; } = applicationPassword;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"Host={Host};Port={Port};Username={UserName};Password={Password}");

    /// <summary>The databases created on this server once it is ready, by resource name.</summary>
    public IReadOnlyDictionary<string, string> Databases => _databases;

    internal void AddDatabase(string resourceName, string databaseName) => _databases.TryAdd(resourceName, databaseName);

    IEnumerable<KeyValuePair<string, ReferenceExpression>> IResourceWithConnectionString.GetConnectionProperties() =>
    [
        new("Host", ReferenceExpression.Create($"{Host}")),
        new("Port", ReferenceExpression.Create($"{Port}")),
        new("Username", ReferenceExpression.Create($"{UserName}")),
        new("Password", ReferenceExpression.Create($"{Password}")),
        new("Uri", ReferenceExpression.Create($"postgresql://{UserName}:{Password}@{Host}:{Port}")),
        new("JdbcConnectionString", ReferenceExpression.Create($"jdbc:postgresql://{Host}:{Port}")),
    ];
}
