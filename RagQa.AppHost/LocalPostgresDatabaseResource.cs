namespace RagQa.AppHost;

/// <summary>
/// A database on a <see cref="LocalPostgresServerResource"/>, shaped like Aspire's PostgresDatabaseResource, except that
/// its connection string logs in as the application role, not the superuser; the schema owner's is
/// <see cref="OwnerConnectionStringExpression"/>. The roles' rights are granted on the database scripts/local/postgres.sh
/// creates (its third argument, default <c>ragqa</c>).
/// </summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresServerResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresServerResource>, IResourceWithConnectionString
{
    public LocalPostgresServerResource Parent { get; } = parent;

    public string DatabaseName { get; } = databaseName;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Parent.Host};Port={Parent.Port};Username={LocalPostgresServerResource.ApplicationRole};Password={Parent.ApplicationPassword};Database={DatabaseName}");

    /// <summary>The schema owner's connection, for the migrations alone.</summary>
    public ReferenceExpression OwnerConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Parent.Host};Port={Parent.Port};Username={LocalPostgresServerResource.OwnerRole};Password={Parent.OwnerPassword};Database={DatabaseName}");

    IEnumerable<KeyValuePair<string, ReferenceExpression>> IResourceWithConnectionString.GetConnectionProperties() =>
    [
        new("Host", ReferenceExpression.Create($"{Parent.Host}")),
        new("Port", ReferenceExpression.Create($"{Parent.Port}")),
        new("Username", ReferenceExpression.Create($"{LocalPostgresServerResource.ApplicationRole}")),
        new("Password", ReferenceExpression.Create($"{Parent.ApplicationPassword}")),
        new("DatabaseName", ReferenceExpression.Create($"{DatabaseName}")),
        new("Uri", ReferenceExpression.Create(
            $"postgresql://{LocalPostgresServerResource.ApplicationRole}:{Parent.ApplicationPassword}@{Parent.Host}:{Parent.Port}/{DatabaseName}")),
        new("JdbcConnectionString", ReferenceExpression.Create($"jdbc:postgresql://{Parent.Host}:{Parent.Port}/{DatabaseName}")),
    ];
}
