using RagQa.Core.Access;

namespace RagQa.Api.Model;

/// <summary>A new key with its plaintext <c>key</c>: shown in this response only, never again.</summary>
public sealed record CreatedApiKeyResponse(Guid Id, string Name, int? RateLimit, DateTimeOffset CreatedAt, string Key)
{
    /// <summary>What the key may do (<see cref="ApiRoles"/>).</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    public static CreatedApiKeyResponse From(CreatedApiKey created) =>
        new(created.Key.Id, created.Key.Name, created.Key.RateLimit, created.Key.CreatedAt, created.Plaintext) { Roles = created.Key.Roles };
}
