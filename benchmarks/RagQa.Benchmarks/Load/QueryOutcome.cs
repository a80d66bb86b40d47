using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace RagQa.Benchmarks.Load;

/// <summary>What one POST /query returned, as the client saw it.</summary>
public sealed record QueryOutcome(DateTimeOffset StartedAt, double Milliseconds, int Status, string Kind, bool? CacheHit, double? Confidence, bool? Escalated, string? QueryId, string? Mode, string? Error)
{
    public bool Answered => Status == 200;

    public bool Accepted => Status == 202;

    /// <summary>Anything a user would see as a failure: a status other than 200/202, or no response.</summary>
    public bool Failed => !Answered && !Accepted;

    public static async Task<QueryOutcome> AskAsync(HttpClient http, QuestionMix.Request request, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var response = await http.PostAsJsonAsync("/query", request.Body, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            var status = (int)response.StatusCode;
            if (status is not (200 or 202)) return new QueryOutcome(startedAt, elapsed, status, request.Kind, null, null, null, null, null, Code(text) ?? status.ToString());
            using var body = JsonDocument.Parse(text);
            var root = body.RootElement;
            return new QueryOutcome(startedAt, elapsed, status, request.Kind,
                root.TryGetProperty("cache_hit", out var hit) ? hit.GetBoolean() : null,
                root.TryGetProperty("confidence", out var confidence) && confidence.ValueKind == JsonValueKind.Number ? confidence.GetDouble() : null,
                // Present once the escalation branch is merged; absent means "not reported", not "false".
                root.TryGetProperty("escalated", out var escalated) && escalated.ValueKind is JsonValueKind.True or JsonValueKind.False ? escalated.GetBoolean() : null,
                root.TryGetProperty("query_id", out var id) ? id.ToString() : null,
                root.TryGetProperty("mode", out var mode) ? mode.GetString() : null,
                null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new QueryOutcome(startedAt, stopwatch.Elapsed.TotalMilliseconds, 0, request.Kind, null, null, null, null, null, ex.GetType().Name);
        }
    }

    private static string? Code(string text)
    {
        try
        {
            using var problem = JsonDocument.Parse(text);
            return problem.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
