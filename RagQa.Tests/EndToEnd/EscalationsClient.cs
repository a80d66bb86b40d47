using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RagQa.Benchmarks.ApiClient;

namespace RagQa.Tests.EndToEnd;

/// <summary>The calls the escalation tests make against the running api, with the admin key where a route needs it.</summary>
internal sealed class EscalationsClient(AppHostFixture fixture)
{
    /// <summary>Asks a question and returns the answered query (the answer, its confidence and its escalation).</summary>
    public async Task<QueryView> AskAsync(string question)
    {
        var answered = (await QueryCalls.AskAsync(fixture.Api, question)).Query;
        Assert.Equal(QueryStatus.Answered, answered.Status);
        return answered;
    }

    public Task<QueryView> GetQueryAsync(Guid queryId) => new RagQaApiClient(fixture.Api).GetQueryAsync(queryId);

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
