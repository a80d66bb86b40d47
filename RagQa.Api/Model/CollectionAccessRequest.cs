namespace RagQa.Api.Model;

/// <summary>Body of PUT /collections/{name}/access.</summary>
/// <param name="Visibility"><c>public</c> or <c>private</c>.</param>
/// <param name="AllowedRoles">Private only: key roles that may read it (admin keys always may).</param>
/// <param name="AllowedKeys">Private only: ids of keys that may read it (at most 100).</param>
public sealed record CollectionAccessRequest(string? Visibility, IReadOnlyList<string>? AllowedRoles, IReadOnlyList<Guid>? AllowedKeys);
