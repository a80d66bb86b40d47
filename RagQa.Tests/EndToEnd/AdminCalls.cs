using System.Net.Http.Json;
using RagQa.Benchmarks.ApiClient;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// Requests to a running api with a chosen <c>X-Api-Key</c> (none when null), and polling of the audit trail. The
/// generic <see cref="SendAsync"/> is for the tests of the key check itself (any route, missing, wrong and revoked keys)
/// and of what the bytes of a response hold; the audit trail is read through the client generated from the contract.
/// </summary>
public sealed class AdminCalls(HttpClient api, string adminApiKey)
{
    private readonly RagQaApiClient _client = new(api) { ApiKey = adminApiKey };

    public string AdminApiKey => adminApiKey;

    /// <summary>The generated client with the admin key (<paramref name="apiKey"/>: another; <c>""</c>: none).</summary>
    public RagQaApiClient Client(string? apiKey = null) => apiKey is null ? _client : new RagQaApiClient(api) { ApiKey = apiKey };

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? apiKey, object? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        if (json is not null) request.Content = JsonContent.Create(json);
        return await api.SendAsync(request);
    }

    /// <summary>Polls GET /audit until at least <paramref name="count"/> events of the action (on the subject, when given) are stored.</summary>
    public async Task<IReadOnlyList<AuditEvent>> WaitForAuditAsync(string action, string? subjectId = null, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var events = (await _client.ListAuditEventsAsync(action, null, subjectId, null, null)).Items.ToList();
            if (events.Count >= count) return events;
            Assert.True(DateTime.UtcNow < deadline, $"no {action} audit event{(subjectId is null ? "" : " for " + subjectId)} within 30 s");
            await Task.Delay(250);
        }
    }
}
