using System.Net.Http.Json;
using System.Text.Json;

namespace RagQa.Benchmarks.Eval;

/// <summary>Asks <c>POST /query</c> and, after a 202, polls <c>GET /query/{id}</c> until the query is no longer pending.</summary>
public static class QueryPolling
{
    private const int MaxPolls = 120;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>The HTTP status and body of the last response (a 4xx body is a problem document, not a query).</summary>
    public static async Task<(int Status, JsonElement Body)> AskAsync(HttpClient http, string question)
    {
        using var response = await http.PostAsJsonAsync("/query", new { question });
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement;
        if (!response.IsSuccessStatusCode || !body.TryGetProperty("query_id", out var id)) return (status, body);
        for (var i = 0; Pending(body) && i < MaxPolls; i++)
        {
            await Task.Delay(PollInterval);
            body = JsonDocument.Parse(await http.GetStringAsync($"/query/{id.GetString()}")).RootElement;
            status = 200;
        }
        return (status, body);
    }

    private static bool Pending(JsonElement body) => body.TryGetProperty("status", out var s) && s.GetString() == "pending";
}
