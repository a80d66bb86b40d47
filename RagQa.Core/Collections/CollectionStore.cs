using Dapper;
using Npgsql;
using RagQa.Core.Access;
using RagQa.Core.Documents;

namespace RagQa.Core.Collections;

/// <summary>Reads <c>collections</c> with document and chunk counts, as far as the caller may see them (<see cref="CollectionAccess"/>).</summary>
public sealed class CollectionStore(NpgsqlDataSource dataSource)
{
    /// <summary>The columns of <see cref="CollectionAccess"/>.</summary>
    private const string AccessColumns = "c.visibility, c.allowed_roles, c.allowed_keys";

    /// <summary>The collections <paramref name="caller"/> may read; private ones it may not are left out, not marked.</summary>
    public async Task<IReadOnlyList<CollectionSummary>> ListAsync(AccessCaller caller, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        var collections = await connection.QueryAsync<CollectionSummary, AccessRow, (CollectionSummary Summary, CollectionAccess Access)>(new CommandDefinition(
            $"""
            SELECT c.name, c.description, c.is_system,
                   (SELECT count(*) FROM documents d WHERE d.collection = c.name) AS documents,
                   (SELECT count(*) FROM documents d WHERE d.collection = c.name AND d.status = @indexed) AS documents_indexed,
                   (SELECT count(*) FROM chunks k WHERE k.collection = c.name) AS chunks,
                   {AccessColumns}
            FROM collections c ORDER BY c.is_system DESC, c.name
            """,
            new { indexed = DocumentStatus.Indexed }, cancellationToken: cancellationToken),
            (summary, access) => (summary, access.ToAccess()), splitOn: "visibility");
        return collections.Where(c => c.Access.Allows(caller)).Select(c => c.Summary with { Visibility = c.Access.Visibility }).ToList();
    }

    /// <summary>
    /// The collection the caller asked for, or <paramref name="defaultCollection"/>; null when it does not exist or
    /// <paramref name="caller"/> may not read it (the same answer, so a private collection's existence is not revealed).
    /// </summary>
    public async Task<string?> ResolveAsync(string? requested, string defaultCollection, AccessCaller caller, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(requested) ? defaultCollection : requested.Trim();
        var access = await GetAccessAsync(name, cancellationToken);
        return access is not null && access.Allows(caller) ? name : null;
    }

    public async Task<CollectionAccess?> GetAccessAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        var row = await connection.QuerySingleOrDefaultAsync<AccessRow>(new CommandDefinition(
            $"SELECT {AccessColumns} FROM collections c WHERE c.name = @name", new { name }, cancellationToken: cancellationToken));
        return row?.ToAccess();
    }

    /// <summary>Replaces who may read the collection; false when there is no such collection.</summary>
    public async Task<bool> SetAccessAsync(string name, CollectionAccess access, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE collections SET visibility = @visibility, allowed_roles = @roles, allowed_keys = @keys WHERE name = @name",
            new { name, visibility = access.Visibility, roles = access.AllowedRoles, keys = access.AllowedKeys }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>The access columns as Npgsql returns them (Dapper matches no constructor to a <c>uuid[]</c>).</summary>
    private sealed class AccessRow
    {
        public string Visibility { get; init; } = CollectionAccess.Public;
        public string[] AllowedRoles { get; init; } = [];
        public Guid[] AllowedKeys { get; init; } = [];

        public CollectionAccess ToAccess() => new(Visibility, AllowedRoles, AllowedKeys);
    }
}
