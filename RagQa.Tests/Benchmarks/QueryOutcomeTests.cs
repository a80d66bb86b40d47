using System.Net;
using System.Text;
using RagQa.Benchmarks.ApiClient;
using RagQa.Benchmarks.Load;

namespace RagQa.Tests.Benchmarks;

/// <summary>
/// The load and fault benchmarks count what users saw by status: through the generated client a 200 is a returned
/// answer, everything else an exception, and each must still land in its own row (answered, accepted, the problem's
/// code, no response). The responses are canned bodies in the contract's shapes, served by a handler in this process.
/// </summary>
public sealed class QueryOutcomeTests
{
    private static readonly Guid QueryId = Guid.Parse("01a2424e-5a6c-755c-a7a5-71fd3c51ca53");

    private static readonly QuestionMix.Request Question = new(new QueryRequest { Question = "O produto chegou quebrado?" }, "specific/pt");

    [Fact]
    public async Task A_200_is_answered_with_the_answers_figures()
    {
        var outcome = await AskAsync(HttpStatusCode.OK, "application/json", $$"""
            {"query_id": "{{QueryId}}", "status": "answered", "question": "O produto chegou quebrado?", "collection": "olist_reviews",
             "answer": "…", "mode": "extractive", "citations": [], "confidence": 0.82, "cache_hit": true, "latency_ms": 41,
             "created_at": "2026-12-04T19:00:00Z", "escalated": false}
            """);

        Assert.True(outcome.Answered);
        Assert.Equal((200, true, 0.82, false, QueryId.ToString(), "extractive"), (outcome.Status, outcome.CacheHit, outcome.Confidence, outcome.Escalated, outcome.QueryId, outcome.Mode));
    }

    [Fact]
    public async Task A_202_is_accepted_with_the_query_id_to_poll()
    {
        var outcome = await AskAsync(HttpStatusCode.Accepted, "application/json", $$"""{"query_id": "{{QueryId}}", "status": "pending", "status_url": "/query/{{QueryId}}"}""");

        Assert.True(outcome.Accepted);
        Assert.Equal((202, QueryId.ToString()), (outcome.Status, outcome.QueryId));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, "rate_limited")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "broker_unavailable")]
    public async Task A_documented_problem_is_a_failure_named_by_its_code(HttpStatusCode status, string code)
    {
        var outcome = await AskAsync(status, "application/problem+json", $$"""{"type": "about:blank", "title": "…", "status": {{(int)status}}, "code": "{{code}}"}""");

        Assert.True(outcome.Failed);
        Assert.Equal(((int)status, code), (outcome.Status, outcome.Error));
    }

    [Fact]
    public async Task An_undocumented_status_is_a_failure_named_by_the_status()
    {
        var outcome = await AskAsync(HttpStatusCode.BadGateway, "text/plain", "bad gateway");

        Assert.True(outcome.Failed);
        Assert.Equal((502, "502"), (outcome.Status, outcome.Error));
    }

    [Fact]
    public async Task A_200_off_the_contract_is_a_failure_not_an_answer()
    {
        var outcome = await AskAsync(HttpStatusCode.OK, "application/json", """{"query_id": 42}""");

        Assert.True(outcome.Failed);
        Assert.Equal((0, "200 off the contract"), (outcome.Status, outcome.Error));
    }

    [Fact]
    public async Task No_response_is_a_failure_named_by_the_exception()
    {
        using var http = new HttpClient(new CannedResponses(_ => throw new HttpRequestException("connection refused"))) { BaseAddress = new Uri("http://ragqa.test/") };

        var outcome = await QueryOutcome.AskAsync(new RagQaApiClient(http), Question, CancellationToken.None);

        Assert.Equal((0, nameof(HttpRequestException)), (outcome.Status, outcome.Error));
    }

    private static async Task<QueryOutcome> AskAsync(HttpStatusCode status, string mediaType, string body)
    {
        using var http = new HttpClient(new CannedResponses(request =>
        {
            Assert.Equal((HttpMethod.Post, "/query"), (request.Method, request.RequestUri!.AbsolutePath));
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        })) { BaseAddress = new Uri("http://ragqa.test/") };
        return await QueryOutcome.AskAsync(new RagQaApiClient(http), Question, CancellationToken.None);
    }

    private sealed class CannedResponses(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(respond(request));
    }
}
