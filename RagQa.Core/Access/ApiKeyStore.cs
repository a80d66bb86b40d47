using Dapper;
using Npgsql;

namespace RagQa.Core.Access;

/// <summary>
/// Rows of <c>api_keys</c>. Every check reads Postgres (one indexed lookup, no cache), so a revoked key is
/// refused by every API replica from its next request on.
/// </summary>
public sealed class ApiKeyStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary><c>last_used_at</c> is written at most this often per key, so checks rarely write.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>The columns of <see cref="ApiKey"/>, in its constructor's order.</summary>
    private const string Columns = "id, name, configured, roles, rate_limit, created_by, created_at, revoked_at, last_used_at";

    /// <param name="createdBy">The key that asks for it (checked by <see cref="ApiKeyGrant"/> first).</param>
    public async Task<CreatedApiKey> CreateAsync(string name, IReadOnlyList<string> roles, int? rateLimit, Guid? createdBy, CancellationToken cancellationToken)
    {
        var plaintext = ApiKeyHash.Generate();
        var now = time.GetUtcNow();
        await using var connection = dataSource.CreateConnection();
        var key = await connection.QuerySingleAsync<ApiKey>(new CommandDefinition(
            $"INSERT INTO api_keys (id, name, key_sha256, roles, rate_limit, created_by, created_at) " +
            $"VALUES (@id, @name, @hash, @roles, @rateLimit, @createdBy, @now) RETURNING {Columns}",
            new { id = Guid.CreateVersion7(now), name, hash = ApiKeyHash.Compute(plaintext), roles, rateLimit, createdBy, now }, cancellationToken: cancellationToken));
        return new CreatedApiKey(key, plaintext);
    }

    /// <summary>
    /// Makes the configured key (the AppHost's <c>admin-api-key</c>) valid: stores its hash once (concurrent
    /// replicas and restarts insert nothing new) and revokes any earlier configured key, so rotating the
    /// parameter retires the old value. A configured key revoked through the API stays revoked. The configured key is an
    /// admin key. With <paramref name="revokeCreatedKeys"/>, rotating also revokes every key the retired key created,
    /// and the keys those created in turn (for when the old value leaked: whoever held it may have made keys).
    /// </summary>
    /// <returns>True when the key was stored now.</returns>
    public async Task<bool> SeedConfiguredAsync(string name, string key, bool revokeCreatedKeys, CancellationToken cancellationToken)
    {
        var hash = ApiKeyHash.Compute(key);
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var retired = (await connection.QueryAsync<Guid>(new CommandDefinition(
            "UPDATE api_keys SET revoked_at = @now WHERE configured AND revoked_at IS NULL AND key_sha256 <> @hash RETURNING id",
            new { hash, now }, transaction, cancellationToken: cancellationToken))).AsList();
        if (revokeCreatedKeys && retired.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                WITH RECURSIVE made (id) AS (
                    SELECT id FROM api_keys WHERE created_by = ANY(@retired)
                    UNION SELECT k.id FROM api_keys k JOIN made m ON k.created_by = m.id)
                UPDATE api_keys SET revoked_at = @now WHERE id IN (SELECT id FROM made) AND revoked_at IS NULL
                """,
                new { retired = retired.ToArray(), now }, transaction, cancellationToken: cancellationToken));
        }
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO api_keys (id, name, key_sha256, configured, roles, created_at) VALUES (@id, @name, @hash, true, '{admin}', @now) ON CONFLICT (key_sha256) DO NOTHING",
            new { id = Guid.CreateVersion7(now), name, hash, now }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return inserted == 1;
    }

    /// <summary>
    /// Checks a presented key. The row is found by the key's hash (timing of that index lookup can only
    /// reveal something about a SHA-256 output, which tells nothing about keys), then the stored hash is
    /// compared in constant time. Records <c>last_used_at</c> (at most once per <see cref="LastUsedResolution"/>).
    /// </summary>
    public async Task<ApiKeyValidation> ValidateAsync(string? presented, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(presented)) return ApiKeyValidation.Missing;
        var hash = ApiKeyHash.Compute(presented);
        var now = time.GetUtcNow();
        await using var connection = dataSource.CreateConnection();
        // Each row is the key's columns, then its stored hash from key_sha256 on.
        var found = await connection.QueryAsync<ApiKey, byte[], (ApiKey Key, byte[] Hash)>(new CommandDefinition(
            $"WITH found AS (SELECT {Columns}, key_sha256 FROM api_keys WHERE key_sha256 = @hash), " +
            "touched AS (UPDATE api_keys k SET last_used_at = @now FROM found f WHERE k.id = f.id AND f.revoked_at IS NULL " +
            "AND (f.last_used_at IS NULL OR f.last_used_at < @staleBefore)) " +
            $"SELECT {Columns}, key_sha256 FROM found",
            new { hash, now, staleBefore = now - LastUsedResolution }, cancellationToken: cancellationToken),
            (key, storedHash) => (key, storedHash), splitOn: "key_sha256");
        if (found.FirstOrDefault() is not ({ } key, { } stored) || !ApiKeyHash.Matches(stored, hash))
        {
            return ApiKeyValidation.Unknown;
        }
        return new ApiKeyValidation(key.IsRevoked ? ApiKeyStatus.Revoked : ApiKeyStatus.Valid, key);
    }

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        var keys = await connection.QueryAsync<ApiKey>(new CommandDefinition(
            $"SELECT {Columns} FROM api_keys ORDER BY created_at DESC, id OFFSET @offset LIMIT @limit", new { offset, limit },
            cancellationToken: cancellationToken));
        return keys.AsList();
    }

    /// <summary>Revokes the key (kept, for the audit trail); revoking it again keeps the first time. Null when there is no such key.</summary>
    public async Task<ApiKey?> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        return await connection.QuerySingleOrDefaultAsync<ApiKey>(new CommandDefinition(
            $"UPDATE api_keys SET revoked_at = COALESCE(revoked_at, @now) WHERE id = @id RETURNING {Columns}",
            new { id, now = time.GetUtcNow() }, cancellationToken: cancellationToken));
    }
}
