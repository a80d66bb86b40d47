namespace RagQa.Core.Access;

/// <summary>What a presented <c>X-Api-Key</c> turned out to be.</summary>
public enum ApiKeyStatus
{
    Missing,
    Unknown,
    Revoked,
    Valid,
}
