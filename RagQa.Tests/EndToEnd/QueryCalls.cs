using System.Net;
using RagQa.Benchmarks.ApiClient;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// Asks a question through POST /query and returns the stored query once it is no longer pending. The api answers
/// 200 when the worker replies within Query:SyncTimeout and 202 with a status URL otherwise; on a shared two-core
/// machine either can happen, and both are correct, so after a 202 the query is polled (GET /query/{id}). The calls go
/// through the client generated from contracts/openapi.json, so a contract change that breaks it breaks these tests. The
/// caller is anonymous: it polls with the access token POST /query gave it.
/// </summary>
internal static class QueryCalls
{
    private static readonly TimeSpan AnswerDeadline = TimeSpan.FromMinutes(2);

    /// <summary>Asks <paramref name="question"/>; <paramref name="prepare"/> can change the POST (e.g. add a traceparent header).</summary>
    public static async Task<QueryOutcome> AskAsync(HttpClient api, string question, Action<HttpRequestMessage>? prepare = null)
    {
        var asking = new RagQaApiClient(api) { OnRequest = prepare };
        QueryAccepted accepted;
        try
        {
            var answered = await asking.AskQuestionAsync(new QueryRequest { Question = question });
            return new QueryOutcome(HttpStatusCode.OK, answered, answered.Access_token);
        }
        catch (RagQaApiException<QueryAccepted> error)
        {
            // The generated client throws on the 202: its body is not the 200's QueryView.
            accepted = error.Result;
        }
        catch (RagQaApiException error)
        {
            Assert.Fail($"POST /query: {error.StatusCode} {error.Message} {error.InnerException?.Message} {error.Response}");
            throw;
        }

        var polling = new RagQaApiClient(api) { QueryToken = accepted.Access_token };
        var deadline = DateTime.UtcNow + AnswerDeadline;
        while (true)
        {
            var stored = await polling.GetQueryAsync(accepted.Query_id);
            if (stored.Status != QueryStatus.Pending) return new QueryOutcome(HttpStatusCode.Accepted, stored, accepted.Access_token);
            Assert.True(DateTime.UtcNow < deadline, $"{accepted.Status_url} was still pending after {AnswerDeadline}");
            await Task.Delay(500);
        }
    }
}
