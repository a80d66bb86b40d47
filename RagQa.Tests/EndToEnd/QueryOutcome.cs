using System.Net;
using RagQa.Benchmarks.ApiClient;

namespace RagQa.Tests.EndToEnd;

/// <summary>What POST /query answered (200 or 202) and the query as stored once it was no longer pending.</summary>
internal sealed record QueryOutcome(HttpStatusCode PostStatus, QueryView Query);
