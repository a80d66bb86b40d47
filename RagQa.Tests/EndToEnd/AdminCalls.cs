using System.Net.Http.Json;
using System.Text.Json;

namespace RagQa.Tests.EndToEnd;

/// <summary>Requests to a running api with a chosen <c>X-Api-Key</c> (none when null), and polling of the audit trail.</summary>
public sealed class AdminCalls(HttpClient api, string adminApiKey)
{
    public string AdminApiKey => adminApiKey;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? apiKey, object? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        if (json is not null) request.Content = JsonContent.Create(json);
        return await api.SendAsync(request);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path, adminApiKey);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Polls GET /audit until at least <paramref name="count"/> events of the action (on the subject, when given) are stored.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForAuditAsync(string action, string? subjectId = null, int count = 1)
    {
        var query = $"/audit?action={Uri.EscapeDataString(action)}" + (subjectId is null ? "" : $"&subject_id={Uri.EscapeDataString(subjectId)}");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var events = (await GetJsonAsync(query)).GetProperty("items").EnumerateArray().ToList();
            if (events.Count >= count) return events;
            Assert.True(DateTime.UtcNow < deadline, $"no {action} audit event{(subjectId is null ? "" : " for " + subjectId)} within 30 s");
            await Task.Delay(250);
        }
    }
}
