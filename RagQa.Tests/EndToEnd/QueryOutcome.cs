using System.Net;
using RagQa.Benchmarks.ApiClient;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// What POST /query answered (200 or 202), the query as stored once it was no longer pending, and the access token an
/// anonymous asker reads it back and escalates it with (X-Query-Token).
/// </summary>
internal sealed record QueryOutcome(HttpStatusCode PostStatus, QueryView Query, string? AccessToken)
{
    /// <summary>A request about this query as its asker sends it: with the access token.</summary>
    public HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        if (AccessToken is not null) request.Headers.Add("X-Query-Token", AccessToken);
        return request;
    }
}
