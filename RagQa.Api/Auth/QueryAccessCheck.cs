using Microsoft.AspNetCore.Http.HttpResults;
using RagQa.Api.Problems;
using RagQa.Core.Query;

namespace RagQa.Api.Auth;

/// <summary>
/// The owner check of GET /query/{id} and POST /query/{id}/escalate (<see cref="QueryOwner"/>): a sent key must be
/// valid, and a caller who is not the asker (nor an agent or admin) gets the 404 of an unknown query.
/// </summary>
public static class QueryAccessCheck
{
    public static async Task<ProblemHttpResult?> RefuseAsync(
        HttpContext http, ApiKeyAuthenticator authenticator, QueryStore queries, Guid id, CancellationToken cancellationToken)
    {
        if (await authenticator.RefuseInvalidSentKeyAsync(http) is { } refused) return refused;
        var owner = await queries.GetOwnerAsync(id, cancellationToken);
        var token = http.Request.Headers[QueryOwner.TokenHeader].ToString();
        return owner is not null && owner.Allows(ApiKeyAuthenticator.CallerOf(http), token) ? null : ApiProblem.NotFound("query", id);
    }
}
