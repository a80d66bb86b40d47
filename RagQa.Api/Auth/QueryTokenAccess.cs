namespace RagQa.Api.Auth;

/// <summary>
/// Endpoint metadata: the route lets an anonymous asker in with the <c>X-Query-Token</c> access token it got from
/// POST /query (<see cref="QueryAccessCheck"/>). Set with <see cref="ApiKeyEndpointConventions.ForQueryAsker"/>, so the
/// OpenAPI document's <c>QueryToken</c> requirement and the check are declared together.
/// </summary>
public sealed record QueryTokenAccess;
