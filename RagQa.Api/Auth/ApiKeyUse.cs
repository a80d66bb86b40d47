namespace RagQa.Api.Auth;

/// <summary>
/// Endpoint metadata: how a route uses <c>X-Api-Key</c>. Set by the same call that adds the filter enforcing it
/// (<see cref="ApiKeyEndpointConventions"/>), so the OpenAPI document's security requirements cannot drift from the code.
/// </summary>
public enum ApiKeyUse
{
    /// <summary>Admin routes: no key is 401, a wrong or revoked key 403.</summary>
    Required,

    /// <summary>POST /query: anonymous callers are limited per address; a key, when sent, must be valid and gets its own limit.</summary>
    Optional,
}
