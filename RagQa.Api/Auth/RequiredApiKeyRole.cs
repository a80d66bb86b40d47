namespace RagQa.Api.Auth;

/// <summary>Endpoint metadata: the role a route's key needs (admin keys hold every role); the OpenAPI document states it.</summary>
public sealed record RequiredApiKeyRole(string Role);
