namespace RagQa.Core.Access;

/// <summary>A stored API key as it may be shown: never the key or its hash.</summary>
public sealed record ApiKey(
    Guid Id,
    string Name,
    bool Configured,
    int? RateLimit,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}
