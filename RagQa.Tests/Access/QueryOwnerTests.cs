using RagQa.Core.Access;
using RagQa.Core.Query;

namespace RagQa.Tests.Access;

/// <summary>Query owners (issue #19, item 3): only the asker, agents and admins read a query back or escalate it.</summary>
public sealed class QueryOwnerTests
{
    private static readonly AccessCaller Asker = new(Guid.NewGuid(), [ApiRoles.Query]);
    private static readonly AccessCaller OtherKey = new(Guid.NewGuid(), [ApiRoles.Query, ApiRoles.Ingest]);
    private static readonly AccessCaller Agent = new(Guid.NewGuid(), [ApiRoles.Agent]);
    private static readonly AccessCaller Admin = new(Guid.NewGuid(), [ApiRoles.Admin]);

    [Fact]
    public void A_query_asked_with_a_key_belongs_to_that_key()
    {
        var (owner, token) = QueryOwner.For(Asker);

        Assert.Null(token);
        Assert.True(owner.Allows(Asker, null));
        Assert.False(owner.Allows(OtherKey, null));
        Assert.False(owner.Allows(AccessCaller.Anonymous, null));
        Assert.True(owner.Allows(Agent, null));
        Assert.True(owner.Allows(Admin, null));
    }

    [Fact]
    public void An_anonymous_query_is_read_with_its_unguessable_token_only()
    {
        var (owner, token) = QueryOwner.For(AccessCaller.Anonymous);
        var (other, otherToken) = QueryOwner.For(AccessCaller.Anonymous);

        Assert.Equal(43, token!.Length);
        Assert.NotEqual(token, otherToken);
        Assert.Null(owner.AskerKeyId);
        Assert.NotEqual(token, Convert.ToBase64String(owner.AccessTokenSha256!));
        Assert.True(owner.Allows(AccessCaller.Anonymous, token));
        Assert.False(owner.Allows(AccessCaller.Anonymous, otherToken));
        Assert.False(owner.Allows(AccessCaller.Anonymous, null));
        Assert.False(owner.Allows(AccessCaller.Anonymous, ""));
        Assert.False(other.Allows(AccessCaller.Anonymous, token));
        // A key does not stand in for the token, nor the token for a key's query.
        Assert.False(owner.Allows(OtherKey, null));
        Assert.True(owner.Allows(OtherKey, token));
        Assert.True(owner.Allows(Agent, null));
    }

    [Fact]
    public void Queries_stored_before_owners_were_recorded_are_for_agents_and_admins_only()
    {
        Assert.False(QueryOwner.Nobody.Allows(AccessCaller.Anonymous, "anything"));
        Assert.False(QueryOwner.Nobody.Allows(Asker, null));
        Assert.True(QueryOwner.Nobody.Allows(Agent, null));
        Assert.True(QueryOwner.Nobody.Allows(Admin, null));
    }
}
