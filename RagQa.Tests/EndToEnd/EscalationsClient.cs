using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RagQa.Benchmarks.ApiClient;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// The calls the escalation tests make against the running api, with the admin key where a route needs it; questions are
/// asked anonymously and read back and escalated with their access tokens, as their asker would.
/// </summary>
internal sealed class EscalationsClient(AppHostFixture fixture)
{
    private readonly ConcurrentDictionary<Guid, string?> _accessTokens = new();

    /// <summary>Asks a question and returns the answered query (the answer, its confidence and its escalation).</summary>
    public async Task<QueryView> AskAsync(string question)
    {
        var outcome = await QueryCalls.AskAsync(fixture.Api, question);
        Assert.Equal(QueryStatus.Answered, outcome.Query.Status);
        _accessTokens[outcome.Query.Query_id] = outcome.AccessToken;
        return outcome.Query;
    }

    /// <summary>GET /query/{id} as its asker.</summary>
    public Task<QueryView> GetQueryAsync(Guid queryId) =>
        new RagQaApiClient(fixture.Api) { OnRequest = request => AddAccessToken(request, queryId) }.GetQueryAsync(queryId);

    /// <summary>POST /query/{id}/escalate as its asker.</summary>
    public async Task<HttpResponseMessage> EscalateAsync(Guid queryId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/query/{queryId}/escalate");
        AddAccessToken(request, queryId);
        return await fixture.Api.SendAsync(request);
    }

    private void AddAccessToken(HttpRequestMessage request, Guid queryId)
    {
        if (_accessTokens.GetValueOrDefault(queryId) is { } token) request.Headers.Add("X-Query-Token", token);
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null) =>
        SendAsync(method, path, body, fixture.AdminApiKey);

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body, string? apiKey)
    {
        using var request = new HttpRequestMessage(method, path);
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await fixture.Api.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
