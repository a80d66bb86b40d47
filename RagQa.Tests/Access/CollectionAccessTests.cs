using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RagQa.Core.Access;
using RagQa.Core.Collections;
using RagQa.Core.Data;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Access;

/// <summary>Collection visibility (issue #19, item 2): private collections are invisible to callers without access.</summary>
[Collection(LocalServersCollection.Name)]
public sealed class CollectionAccessTests(LocalServers servers) : IAsyncLifetime
{
    private static readonly AccessCaller Partner = new(Guid.NewGuid(), [ApiRoles.Query]);
    private static readonly AccessCaller Agent = new(Guid.NewGuid(), [ApiRoles.Agent]);
    private static readonly AccessCaller Admin = new(Guid.NewGuid(), [ApiRoles.Admin]);

    private NpgsqlDataSource _dataSource = null!;
    private CollectionStore _collections = null!;

    public async Task InitializeAsync()
    {
        _dataSource = NpgsqlDataSource.Create(await servers.CreateDatabaseAsync());
        await new DatabaseMigrator(_dataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        _collections = new CollectionStore(_dataSource);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Fact]
    public async Task The_seeded_collections_are_public_and_listed_for_anyone()
    {
        var listed = await _collections.ListAsync(AccessCaller.Anonymous, CancellationToken.None);

        Assert.Contains(listed, c => c.Name == "olist_reviews" && c.Visibility == CollectionAccess.Public);
        Assert.Equal("olist_reviews", await _collections.ResolveAsync(null, "olist_reviews", AccessCaller.Anonymous, CancellationToken.None));
    }

    [Fact]
    public async Task A_private_collection_is_unknown_to_callers_it_does_not_allow_and_readable_by_those_it_does()
    {
        Assert.Null(CollectionAccess.TryCreate("private", [ApiRoles.Agent], [Partner.KeyId!.Value], out var access));
        Assert.True(await _collections.SetAccessAsync("product_docs", access, CancellationToken.None));
        var stranger = new AccessCaller(Guid.NewGuid(), [ApiRoles.Query]);

        foreach (var denied in new[] { AccessCaller.Anonymous, stranger })
        {
            Assert.Null(await _collections.ResolveAsync("product_docs", "olist_reviews", denied, CancellationToken.None));
            Assert.DoesNotContain(await _collections.ListAsync(denied, CancellationToken.None), c => c.Name == "product_docs");
        }
        foreach (var allowed in new[] { Partner, Agent, Admin })
        {
            Assert.Equal("product_docs", await _collections.ResolveAsync("product_docs", "olist_reviews", allowed, CancellationToken.None));
            Assert.Contains(await _collections.ListAsync(allowed, CancellationToken.None), c => c.Name == "product_docs" && c.Visibility == CollectionAccess.Private);
        }
        // Unknown and hidden read the same.
        Assert.Null(await _collections.ResolveAsync("no_such_collection", "olist_reviews", stranger, CancellationToken.None));
        Assert.False(await _collections.SetAccessAsync("no_such_collection", access, CancellationToken.None));
    }

    [Theory]
    [InlineData("secret", null)]
    [InlineData("private", "owner")]
    public void Unknown_visibilities_and_roles_are_refused(string visibility, string? role) =>
        Assert.NotNull(CollectionAccess.TryCreate(visibility, role is null ? null : [role], null, out _));

    [Fact]
    public void An_allow_list_has_at_most_a_hundred_distinct_keys()
    {
        Assert.NotNull(CollectionAccess.TryCreate("private", null, Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()).ToList(), out _));
        var same = Guid.NewGuid();
        Assert.Null(CollectionAccess.TryCreate(" Private ", null, Enumerable.Repeat(same, 150).ToList(), out var access));
        Assert.Equal([same], access.AllowedKeys);
        Assert.Equal(CollectionAccess.Private, access.Visibility);
    }
}
