namespace RagQa.Core.Access;

/// <summary>A stored API key as it may be shown: never the key or its hash. <paramref name="CreatedBy"/> is the key that created it.</summary>
public sealed record ApiKey(
    Guid Id,
    string Name,
    bool Configured,
    IReadOnlyList<string> Roles,
    int? RateLimit,
    Guid? CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}
