using System.Net;
using RagQa.Benchmarks.ApiClient;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// What POST /query answered (200 or 202), the query as stored once it was no longer pending, and the access token an
/// anonymous asker reads it back and escalates it with (<see cref="RagQaApiClient.QueryToken"/>, X-Query-Token).
/// </summary>
internal sealed record QueryOutcome(HttpStatusCode PostStatus, QueryView Query, string? AccessToken);
