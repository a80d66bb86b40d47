using RagQa.Core.Access;

namespace RagQa.Core.Query;

/// <summary>
/// Who asked a query: the asking key's id, or for an anonymous asker the SHA-256 of the access token returned with the
/// answer (a 256-bit random value, made like an API key). Only the asker, and agent or admin keys, may read the query
/// back or escalate it; anyone else is told it does not exist.
/// </summary>
public sealed record QueryOwner(Guid? AskerKeyId, byte[]? AccessTokenSha256)
{
    public const string TokenHeader = "X-Query-Token";

    /// <summary>Queries stored before owners were recorded: agents and admins only.</summary>
    public static QueryOwner Nobody { get; } = new(null, null);

    /// <summary>The owner of a question from <paramref name="caller"/>, with the token to hand an anonymous caller (null for a key).</summary>
    public static (QueryOwner Owner, string? AccessToken) For(AccessCaller caller)
    {
        if (caller.KeyId is { } keyId) return (new QueryOwner(keyId, null), null);
        var token = ApiKeyHash.Generate();
        return (new QueryOwner(null, ApiKeyHash.Compute(token)), token);
    }

    public bool Allows(AccessCaller caller, string? presentedToken)
    {
        if (caller.Has(ApiRoles.Agent)) return true;
        if (AskerKeyId is { } asker) return caller.KeyId == asker;
        return AccessTokenSha256 is { } stored && !string.IsNullOrEmpty(presentedToken) && ApiKeyHash.Matches(stored, ApiKeyHash.Compute(presentedToken));
    }
}
