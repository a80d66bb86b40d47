namespace RagQa.Core.Access;

/// <summary>
/// What an API key may do. <c>query</c>: ask and search (also private collections that allow it); <c>ingest</c>: manage
/// documents; <c>agent</c>: work escalations and read any query; <c>admin</c>: everything, and alone manages keys,
/// collection access and reads the audit trail.
/// </summary>
public static class ApiRoles
{
    public const string Query = "query";
    public const string Ingest = "ingest";
    public const string Agent = "agent";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Query, Ingest, Agent, Admin];

    /// <summary>Whether a key holding <paramref name="held"/> has the rights of <paramref name="role"/>: admin has every role's.</summary>
    public static bool Grants(IReadOnlyCollection<string> held, string role) => held.Contains(Admin) || held.Contains(role);

    /// <summary>
    /// Reads a requested list of roles (case-insensitive, duplicates dropped); an error message for an empty list or an unknown role.
    /// </summary>
    public static string? TryParse(IReadOnlyList<string>? requested, string field, out IReadOnlyList<string> roles)
    {
        roles = [];
        if (requested is null || requested.Count == 0) return $"'{field}' needs at least one of {string.Join(", ", All)}.";
        if (requested.Count > All.Count * 2) return $"'{field}' has {requested.Count} entries; there are only {All.Count} roles.";
        var normalized = requested.Select(r => r?.Trim().ToLowerInvariant() ?? "").Distinct().ToList();
        if (normalized.FirstOrDefault(r => !All.Contains(r)) is { } unknown) return $"'{field}' takes {string.Join(", ", All)}, not '{unknown}'.";
        roles = All.Where(normalized.Contains).ToList();
        return null;
    }
}
