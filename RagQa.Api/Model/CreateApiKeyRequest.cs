namespace RagQa.Api.Model;

/// <summary>
/// Body of POST /api-keys: a name to recognise the key by, optionally its own limit per rate-limit window on the
/// rate-limited routes, and its roles (<c>query</c>, <c>ingest</c>, <c>agent</c>, <c>admin</c>; default <c>query</c>).
/// </summary>
public sealed record CreateApiKeyRequest(string? Name, int? RateLimit, IReadOnlyList<string>? Roles = null);
