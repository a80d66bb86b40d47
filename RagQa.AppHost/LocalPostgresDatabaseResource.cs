namespace RagQa.AppHost;

/// <summary>A database on a <see cref="LocalPostgresServerResource"/>, shaped like Aspire's PostgresDatabaseResource.</summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresServerResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresServerResource>, IResourceWithConnectionString
{
    public LocalPostgresServerResource Parent { get; } = parent;

    public string DatabaseName { get; } = databaseName;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");

    IEnumerable<KeyValuePair<string, ReferenceExpression>> IResourceWithConnectionString.GetConnectionProperties() =>
    [
        new("Host", ReferenceExpression.Create($"{Parent.Host}")),
        new("Port", ReferenceExpression.Create($"{Parent.Port}")),
        new("Username", ReferenceExpression.Create($"{LocalPostgresServerResource.UserName}")),
        new("DatabaseName", ReferenceExpression.Create($"{DatabaseName}")),
        new("Uri", ReferenceExpression.Create($"postgresql://{LocalPostgresServerResource.UserName}@{Parent.Host}:{Parent.Port}/{DatabaseName}")),
        new("JdbcConnectionString", ReferenceExpression.Create($"jdbc:postgresql://{Parent.Host}:{Parent.Port}/{DatabaseName}")),
    ];
}
