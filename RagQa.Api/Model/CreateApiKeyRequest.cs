namespace RagQa.Api.Model;

/// <summary>Body of POST /api-keys: a name to recognise the key by, and optionally its own POST /query limit per rate-limit window.</summary>
public sealed record CreateApiKeyRequest(string? Name, int? RateLimit);
