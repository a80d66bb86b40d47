using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// Asks a question through POST /query and returns the stored query once it is no longer pending. The api answers
/// 200 when the worker replies within Query:SyncTimeout and 202 with a status URL otherwise; on a shared two-core
/// machine either can happen, and both are correct, so after a 202 the status URL is polled.
/// </summary>
internal static class QueryCalls
{
    private static readonly TimeSpan AnswerDeadline = TimeSpan.FromMinutes(2);

    public static Task<QueryOutcome> AskAsync(HttpClient api, string question) =>
        AskAsync(api, new HttpRequestMessage(HttpMethod.Post, "/query") { Content = JsonContent.Create(new { question }) });

    /// <summary>Sends <paramref name="request"/> (a POST /query, e.g. with a traceparent header) and disposes it.</summary>
    public static async Task<QueryOutcome> AskAsync(HttpClient api, HttpRequestMessage request)
    {
        using (request)
        using (var response = await api.SendAsync(request))
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"POST /query: {(int)response.StatusCode} {text}");
            var body = JsonDocument.Parse(text).RootElement.Clone();
            if (response.StatusCode == HttpStatusCode.OK) return new QueryOutcome(response.StatusCode, body);

            var statusUrl = body.GetProperty("status_url").GetString()!;
            var deadline = DateTime.UtcNow + AnswerDeadline;
            while (true)
            {
                var stored = JsonDocument.Parse(await api.GetStringAsync(statusUrl)).RootElement.Clone();
                if (stored.GetProperty("status").GetString() != "pending") return new QueryOutcome(response.StatusCode, stored);
                Assert.True(DateTime.UtcNow < deadline, $"{statusUrl} was still pending after {AnswerDeadline}");
                await Task.Delay(500);
            }
        }
    }
}
