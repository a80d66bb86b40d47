using Npgsql;
using NpgsqlTypes;

namespace RagQa.Core.Access;

/// <summary>
/// Rows of <c>api_keys</c>. Every check reads Postgres (one indexed lookup, no cache), so a revoked key is
/// refused by every API replica from its next request on.
/// </summary>
public sealed class ApiKeyStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary><c>last_used_at</c> is written at most this often per key, so checks rarely write.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private const string Columns = "id, name, configured, rate_limit, created_at, revoked_at, last_used_at";

    public async Task<CreatedApiKey> CreateAsync(string name, int? rateLimit, CancellationToken cancellationToken)
    {
        var plaintext = ApiKeyHash.Generate();
        var id = Guid.CreateVersion7(time.GetUtcNow());
        await using var command = dataSource.CreateCommand(
            $"INSERT INTO api_keys (id, name, key_sha256, rate_limit, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING {Columns}");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = ApiKeyHash.Compute(plaintext) });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)rateLimit ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new CreatedApiKey(Read(reader), plaintext);
    }

    /// <summary>
    /// Makes the configured key (the AppHost's <c>admin-api-key</c>) valid: stores its hash once (concurrent
    /// replicas and restarts insert nothing new) and revokes any earlier configured key, so rotating the
    /// parameter retires the old value. A configured key revoked through the API stays revoked.
    /// </summary>
    /// <returns>True when the key was stored now.</returns>
    public async Task<bool> SeedConfiguredAsync(string name, string key, CancellationToken cancellationToken)
    {
        var hash = ApiKeyHash.Compute(key);
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var retire = new NpgsqlCommand(
            "UPDATE api_keys SET revoked_at = $2 WHERE configured AND revoked_at IS NULL AND key_sha256 <> $1", connection, transaction))
        {
            retire.Parameters.Add(new NpgsqlParameter { Value = hash });
            retire.Parameters.Add(new NpgsqlParameter { Value = now });
            await retire.ExecuteNonQueryAsync(cancellationToken);
        }
        int inserted;
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO api_keys (id, name, key_sha256, configured, created_at) VALUES ($1, $2, $3, true, $4) ON CONFLICT (key_sha256) DO NOTHING",
            connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7(now) });
            insert.Parameters.Add(new NpgsqlParameter { Value = name });
            insert.Parameters.Add(new NpgsqlParameter { Value = hash });
            insert.Parameters.Add(new NpgsqlParameter { Value = now });
            inserted = await insert.ExecuteNonQueryAsync(cancellationToken);
        }
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
        await using var command = dataSource.CreateCommand(
            $"WITH found AS (SELECT {Columns}, key_sha256 FROM api_keys WHERE key_sha256 = $1), " +
            "touched AS (UPDATE api_keys k SET last_used_at = $2 FROM found f WHERE k.id = f.id AND f.revoked_at IS NULL " +
            "AND (f.last_used_at IS NULL OR f.last_used_at < $3)) " +
            $"SELECT {Columns}, key_sha256 FROM found");
        command.Parameters.Add(new NpgsqlParameter { Value = hash });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = now - LastUsedResolution });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || !ApiKeyHash.Matches(reader.GetFieldValue<byte[]>(7), hash))
        {
            return ApiKeyValidation.Unknown;
        }
        var key = Read(reader);
        return new ApiKeyValidation(key.IsRevoked ? ApiKeyStatus.Revoked : ApiKeyStatus.Valid, key);
    }

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM api_keys ORDER BY created_at DESC, id OFFSET $1 LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter { Value = offset });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var keys = new List<ApiKey>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) keys.Add(Read(reader));
        return keys;
    }

    /// <summary>Revokes the key (kept, for the audit trail); revoking it again keeps the first time. Null when there is no such key.</summary>
    public async Task<ApiKey?> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1 RETURNING {Columns}");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static ApiKey Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetString(1),
        reader.GetBoolean(2),
        reader.IsDBNull(3) ? null : reader.GetInt32(3),
        reader.GetFieldValue<DateTimeOffset>(4),
        reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
        reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6));
}
