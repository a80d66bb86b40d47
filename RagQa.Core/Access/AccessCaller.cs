namespace RagQa.Core.Access;

/// <summary>Who sends a request, for access decisions: the API key's id and roles, or nobody (no key).</summary>
public sealed record AccessCaller(Guid? KeyId, IReadOnlyList<string> Roles)
{
    public static AccessCaller Anonymous { get; } = new(null, []);

    public static AccessCaller Of(ApiKey key) => new(key.Id, key.Roles);

    public bool Has(string role) => ApiRoles.Grants(Roles, role);
}
