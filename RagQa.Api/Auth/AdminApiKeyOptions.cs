namespace RagQa.Api.Auth;

/// <summary>
/// Section <c>Auth</c>: the configured admin API key (set by the AppHost from the <c>admin-api-key</c> parameter).
/// Only its SHA-256 is kept: it is stored in <c>api_keys</c> at start-up, like keys created through the API.
/// </summary>
public sealed class AdminApiKeyOptions
{
    public const string Section = "Auth";

    /// <summary>The name the configured key has in <c>GET /api-keys</c>.</summary>
    public const string ConfiguredKeyName = "configured admin key";

    /// <summary>At least as strong as a generated key (32 random bytes): a weaker one stops the api at start-up.</summary>
    [StrongAdminApiKey]
    public string AdminApiKey { get; set; } = "";

    /// <summary>
    /// When the configured key changes, also revoke the keys the old one created (and the keys those created): set it
    /// for a rotation after a leak, leave it off for a routine rotation that must not cut off integrations.
    /// </summary>
    public bool RevokeKeysOfRotatedKey { get; set; }
}
