using RagQa.Benchmarks.ApiClient;

namespace RagQa.Benchmarks.Eval;

/// <summary>
/// Asks <c>POST /query</c> and, after a 202, polls <c>GET /query/{id}</c> until the query is no longer pending, through
/// the client generated from contracts/openapi.json.
/// </summary>
public static class QueryPolling
{
    private const int MaxPolls = 120;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>A question refused for the asker's rate (429) is asked again after the <c>Retry-After</c> it was given, this many times in all.</summary>
    private const int MaxRateLimitedAttempts = 20;

    /// <summary>
    /// The HTTP status of the last response and the query it carried, or, for a 4xx/5xx, the problem document (null when
    /// the body did not read as one; <see cref="PolledQuery.Error"/> says why). A set of a thousand questions outruns the
    /// anonymous asker's rate limit: a 429 is waited out, not scored.
    /// </summary>
    public static async Task<PolledQuery> AskAsync(RagQaApiClient client, string question)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (polled, retryAfter) = await AskOnceAsync(client, question);
            if (polled.Status != 429 || attempt == MaxRateLimitedAttempts) return polled;
            await Task.Delay(retryAfter);
        }
    }

    private static async Task<(PolledQuery Polled, TimeSpan RetryAfter)> AskOnceAsync(RagQaApiClient client, string question)
    {
        var (polled, error) = await TryAskAsync(client, question);
        var seconds = error?.Header("Retry-After") is { } header && int.TryParse(header, out var s) ? Math.Clamp(s, 1, 60) : 1;
        return (polled, TimeSpan.FromSeconds(seconds));
    }

    private static async Task<(PolledQuery Polled, RagQaApiException? Error)> TryAskAsync(RagQaApiClient client, string question)
    {
        try
        {
            try
            {
                return (new PolledQuery(200, await client.AskQuestionAsync(new QueryRequest { Question = question }), null, null), null);
            }
            catch (RagQaApiException<QueryAccepted> accepted)
            {
                // The generated client throws on the 202: its body is not the 200's QueryView. An anonymous asker polls
                // with the access token it was given.
                var polling = client.AsAsker(accepted.Result.Access_token);
                QueryView? view = null;
                for (var i = 0; (view is null || view.Status == QueryStatus.Pending) && i < MaxPolls; i++)
                {
                    await Task.Delay(PollInterval);
                    view = await polling.GetQueryAsync(accepted.Result.Query_id);
                }
                return (view is null ? new PolledQuery(202, null, null, "never polled") : new PolledQuery(200, view, null, null), null);
            }
        }
        catch (RagQaApiException<ProblemDetails> problem)
        {
            return (new PolledQuery(problem.StatusCode, null, problem.Result, problem.Message), problem);
        }
        catch (RagQaApiException error)
        {
            return (new PolledQuery(error.StatusCode, null, null, error.Message), error);
        }
    }
}

/// <summary>What <see cref="QueryPolling.AskAsync"/> got: the last status and either the query or the problem.</summary>
public sealed record PolledQuery(int Status, QueryView? Query, ProblemDetails? Problem, string? Error);
