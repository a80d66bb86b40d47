using RagQa.Core.Access;

namespace RagQa.Core.Collections;

/// <summary>
/// Who may read a collection (search it, ask about it, see it listed). Public: anyone, with or without a key. Private:
/// admin keys, the keys in <paramref name="AllowedKeys"/> and keys holding a role in <paramref name="AllowedRoles"/>;
/// to anyone else it behaves as if it did not exist.
/// </summary>
public sealed record CollectionAccess(string Visibility, IReadOnlyList<string> AllowedRoles, Guid[] AllowedKeys)
{
    public const string Public = "public";
    public const string Private = "private";

    /// <summary>Most keys an allow-list may name (the column's check says the same).</summary>
    public const int MaxAllowedKeys = 100;

    public static IReadOnlyList<string> Visibilities { get; } = [Public, Private];

    public bool Allows(AccessCaller caller) =>
        Visibility == Public
        || caller.Has(ApiRoles.Admin)
        || (caller.KeyId is { } key && AllowedKeys.Contains(key))
        || caller.Roles.Any(AllowedRoles.Contains);

    /// <summary>Reads an access setting as an admin sends it: an error message, or null with the setting (roles and keys without duplicates).</summary>
    public static string? TryCreate(string? visibility, IReadOnlyList<string>? roles, IReadOnlyList<Guid>? keys, out CollectionAccess access)
    {
        access = new CollectionAccess(Public, [], []);
        var normalized = visibility?.Trim().ToLowerInvariant() ?? "";
        if (!Visibilities.Contains(normalized)) return $"'visibility' is {Public} or {Private}.";
        var distinctKeys = (keys ?? []).Distinct().ToArray();
        if (distinctKeys.Length > MaxAllowedKeys) return $"'allowed_keys' names at most {MaxAllowedKeys} keys.";
        IReadOnlyList<string> allowedRoles = [];
        if (roles is { Count: > 0 } && ApiRoles.TryParse(roles, "allowed_roles", out allowedRoles) is { } error) return error;
        access = new CollectionAccess(normalized, allowedRoles, distinctKeys);
        return null;
    }
}
