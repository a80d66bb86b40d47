namespace RagQa.Core.Access;

/// <summary>
/// A key never creates a key with more rights than its own: every requested role must be one the creator holds
/// (admin holds all), and a creator with its own rate limit cannot create a key without one or with a higher one.
/// </summary>
public static class ApiKeyGrant
{
    /// <returns>An error message, or null when <paramref name="creator"/> may grant this.</returns>
    public static string? Check(ApiKey creator, IReadOnlyList<string> roles, int? rateLimit)
    {
        if (roles.FirstOrDefault(r => !ApiRoles.Grants(creator.Roles, r)) is { } role)
        {
            return $"This key cannot grant the role '{role}': a key can only create keys with roles it holds itself.";
        }
        if (creator.RateLimit is { } own && (rateLimit is null || rateLimit > own))
        {
            return $"This key is limited to {own} requests per window; the new key's 'rate_limit' must be set and at most {own}.";
        }
        return null;
    }
}
