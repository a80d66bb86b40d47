using RagQa.Core.Access;

namespace RagQa.Tests.Access;

/// <summary>A key never creates a key with more rights than its own (issue #19, item 1).</summary>
public sealed class ApiKeyGrantTests
{
    private static ApiKey Key(int? rateLimit, params string[] roles) =>
        new(Guid.NewGuid(), "creator", false, roles, rateLimit, null, DateTimeOffset.UtcNow, null, null);

    [Fact]
    public void An_admin_key_without_a_limit_may_grant_any_roles_and_any_limit()
    {
        Assert.Null(ApiKeyGrant.Check(Key(null, ApiRoles.Admin), ApiRoles.All, null));
        Assert.Null(ApiKeyGrant.Check(Key(null, ApiRoles.Admin), [ApiRoles.Query], 10_000));
    }

    [Fact]
    public void Roles_must_be_a_subset_of_the_creators()
    {
        Assert.Null(ApiKeyGrant.Check(Key(null, ApiRoles.Agent, ApiRoles.Query), [ApiRoles.Query], null));
        Assert.Contains("'admin'", ApiKeyGrant.Check(Key(null, ApiRoles.Agent, ApiRoles.Query), [ApiRoles.Query, ApiRoles.Admin], null));
        Assert.Contains("'ingest'", ApiKeyGrant.Check(Key(null, ApiRoles.Query), [ApiRoles.Ingest], null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(6)]
    public void A_limited_creator_cannot_lift_its_own_rate_limit(int? requested) =>
        Assert.NotNull(ApiKeyGrant.Check(Key(5, ApiRoles.Admin), [ApiRoles.Query], requested));

    [Fact]
    public void A_limited_creator_may_grant_its_limit_or_less() =>
        Assert.Null(ApiKeyGrant.Check(Key(5, ApiRoles.Admin), [ApiRoles.Query], 5));

    [Fact]
    public void Roles_are_read_case_insensitively_without_duplicates_and_unknown_ones_are_refused()
    {
        Assert.Null(ApiRoles.TryParse(["Agent", "query", "agent"], "roles", out var roles));
        Assert.Equal([ApiRoles.Query, ApiRoles.Agent], roles);
        Assert.Contains("'owner'", ApiRoles.TryParse(["owner"], "roles", out _));
        Assert.NotNull(ApiRoles.TryParse([], "roles", out _));
        Assert.NotNull(ApiRoles.TryParse(null, "roles", out _));
    }

    [Fact]
    public void Admin_holds_every_role()
    {
        Assert.All(ApiRoles.All, role => Assert.True(AccessCaller.Of(Key(null, ApiRoles.Admin)).Has(role)));
        Assert.False(AccessCaller.Of(Key(null, ApiRoles.Agent)).Has(ApiRoles.Ingest));
        Assert.False(AccessCaller.Anonymous.Has(ApiRoles.Query));
    }
}
