using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RagQa.Core.Access;
using RagQa.Core.Data;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Access;

/// <summary>API keys in a real, freshly migrated Postgres database.</summary>
[Collection(LocalServersCollection.Name)]
public sealed class ApiKeyStoreTests(LocalServers servers) : IAsyncLifetime
{
    private NpgsqlDataSource _dataSource = null!;
    private ApiKeyStore _keys = null!;

    public async Task InitializeAsync()
    {
        _dataSource = NpgsqlDataSource.Create(await servers.CreateDatabaseAsync());
        await new DatabaseMigrator(_dataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        _keys = new ApiKeyStore(_dataSource, TimeProvider.System);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Fact]
    public async Task A_created_key_is_valid_until_revoked_and_only_its_hash_is_stored()
    {
        var created = await _keys.CreateAsync("ci pipeline", [ApiRoles.Query], 5, null, CancellationToken.None);

        var valid = await _keys.ValidateAsync(created.Plaintext, CancellationToken.None);
        Assert.Equal(ApiKeyStatus.Valid, valid.Status);
        Assert.Equal(created.Key.Id, valid.Key!.Id);
        Assert.Equal(5, valid.Key.RateLimit);
        Assert.Equal([ApiRoles.Query], valid.Key.Roles);
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM api_keys WHERE position(convert_to($1, 'UTF8') in key_sha256) > 0 OR name = $1", created.Plaintext));
        Assert.Equal(ApiKeyHash.Compute(created.Plaintext), await ScalarAsync<byte[]>("SELECT key_sha256 FROM api_keys WHERE id = $1", created.Key.Id));

        var revoked = await _keys.RevokeAsync(created.Key.Id, CancellationToken.None);
        Assert.NotNull(revoked!.RevokedAt);
        Assert.Equal(ApiKeyStatus.Revoked, (await _keys.ValidateAsync(created.Plaintext, CancellationToken.None)).Status);
        Assert.Equal(revoked.RevokedAt, (await _keys.RevokeAsync(created.Key.Id, CancellationToken.None))!.RevokedAt);
        Assert.Null(await _keys.RevokeAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Theory]
    [InlineData(null, ApiKeyStatus.Missing)]
    [InlineData("", ApiKeyStatus.Missing)]
    [InlineData("not-a-key-anyone-made", ApiKeyStatus.Unknown)]
    public async Task Missing_and_unknown_keys_are_told_apart(string? presented, ApiKeyStatus status)
    {
        await _keys.CreateAsync("other", [ApiRoles.Query], null, null, CancellationToken.None);

        var validation = await _keys.ValidateAsync(presented, CancellationToken.None);

        Assert.Equal(status, validation.Status);
        Assert.Null(validation.Key);
    }

    [Fact]
    public async Task The_configured_key_is_seeded_once_and_rotating_it_retires_the_old_one()
    {
        Assert.True(await _keys.SeedConfiguredAsync("configured", "first-configured-key-value", false, CancellationToken.None));
        var again = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _keys.SeedConfiguredAsync("configured", "first-configured-key-value", false, CancellationToken.None)));
        Assert.All(again, Assert.False);
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM api_keys WHERE configured"));
        Assert.Equal(ApiKeyStatus.Valid, (await _keys.ValidateAsync("first-configured-key-value", CancellationToken.None)).Status);

        Assert.True(await _keys.SeedConfiguredAsync("configured", "second-configured-key-value", false, CancellationToken.None));

        Assert.Equal(ApiKeyStatus.Revoked, (await _keys.ValidateAsync("first-configured-key-value", CancellationToken.None)).Status);
        Assert.Equal(ApiKeyStatus.Valid, (await _keys.ValidateAsync("second-configured-key-value", CancellationToken.None)).Status);
    }

    [Fact]
    public async Task A_configured_key_revoked_through_the_api_stays_revoked_after_a_restart()
    {
        await _keys.SeedConfiguredAsync("configured", "configured-key-to-revoke", false, CancellationToken.None);
        var id = (await _keys.ValidateAsync("configured-key-to-revoke", CancellationToken.None)).Key!.Id;
        await _keys.RevokeAsync(id, CancellationToken.None);

        Assert.False(await _keys.SeedConfiguredAsync("configured", "configured-key-to-revoke", false, CancellationToken.None));

        Assert.Equal(ApiKeyStatus.Revoked, (await _keys.ValidateAsync("configured-key-to-revoke", CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Use_is_recorded_and_the_list_is_newest_first()
    {
        var older = await _keys.CreateAsync("older", [ApiRoles.Query], null, null, CancellationToken.None);
        var newer = await _keys.CreateAsync("newer", [ApiRoles.Query], null, null, CancellationToken.None);
        await _keys.ValidateAsync(older.Plaintext, CancellationToken.None);

        var listed = await _keys.ListAsync(0, 10, CancellationToken.None);

        Assert.Equal([newer.Key.Id, older.Key.Id], listed.Select(k => k.Id));
        Assert.NotNull(listed[1].LastUsedAt);
        Assert.Null(listed[0].LastUsedAt);
    }

    [Fact]
    public async Task The_configured_key_is_an_admin_key_and_a_created_key_remembers_its_creator()
    {
        await _keys.SeedConfiguredAsync("configured", "configured-admin-key-value", false, CancellationToken.None);
        var admin = (await _keys.ValidateAsync("configured-admin-key-value", CancellationToken.None)).Key!;

        var made = await _keys.CreateAsync("agents", [ApiRoles.Agent, ApiRoles.Query], null, admin.Id, CancellationToken.None);

        Assert.Equal([ApiRoles.Admin], admin.Roles);
        Assert.Equal(admin.Id, made.Key.CreatedBy);
        Assert.Equal([ApiRoles.Agent, ApiRoles.Query], (await _keys.ValidateAsync(made.Plaintext, CancellationToken.None)).Key!.Roles);
    }

    [Theory]
    [InlineData(true, ApiKeyStatus.Revoked)]
    [InlineData(false, ApiKeyStatus.Valid)]
    public async Task Rotating_the_configured_key_can_revoke_the_keys_it_created_and_theirs(bool revokeCreated, ApiKeyStatus expected)
    {
        await _keys.SeedConfiguredAsync("configured", "leaked-admin-key-value", false, CancellationToken.None);
        var leaked = (await _keys.ValidateAsync("leaked-admin-key-value", CancellationToken.None)).Key!;
        var child = await _keys.CreateAsync("made with the leaked key", [ApiRoles.Admin], null, leaked.Id, CancellationToken.None);
        var grandchild = await _keys.CreateAsync("made by that key", [ApiRoles.Query], null, child.Key.Id, CancellationToken.None);
        var unrelated = await _keys.CreateAsync("unrelated", [ApiRoles.Query], null, null, CancellationToken.None);

        await _keys.SeedConfiguredAsync("configured", "new-admin-key-value", revokeCreated, CancellationToken.None);

        Assert.Equal(expected, (await _keys.ValidateAsync(child.Plaintext, CancellationToken.None)).Status);
        Assert.Equal(expected, (await _keys.ValidateAsync(grandchild.Plaintext, CancellationToken.None)).Status);
        Assert.Equal(ApiKeyStatus.Valid, (await _keys.ValidateAsync(unrelated.Plaintext, CancellationToken.None)).Status);
    }

    private async Task<T> ScalarAsync<T>(string sql, object? parameter = null)
    {
        await using var command = _dataSource.CreateCommand(sql);
        if (parameter is not null) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
