using Polly;
using Polly.Retry;
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

    /// <summary>
    /// A question refused for the asker's rate (429) is asked again after the <c>Retry-After</c> it was given (1 s without
    /// one, at most 60 s), 20 times in all: a set of a thousand questions outruns the anonymous asker's limit, and a 429 is
    /// not an answer to score.
    /// </summary>
    private static readonly ResiliencePipeline<(PolledQuery Polled, RagQaApiException? Error)> RateLimited =
        new ResiliencePipelineBuilder<(PolledQuery Polled, RagQaApiException? Error)>()
            .AddRetry(new RetryStrategyOptions<(PolledQuery Polled, RagQaApiException? Error)>
            {
                MaxRetryAttempts = 19,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result.Polled?.Status == 429),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(TimeSpan.FromSeconds(
                    args.Outcome.Result.Error?.Header("Retry-After") is { } header && int.TryParse(header, out var seconds) ? Math.Clamp(seconds, 1, 60) : 1)),
            })
            .Build();

    /// <summary>
    /// The HTTP status of the last response and the query it carried, or, for a 4xx/5xx, the problem document (null when
    /// the body did not read as one; <see cref="PolledQuery.Error"/> says why).
    /// </summary>
    public static async Task<PolledQuery> AskAsync(RagQaApiClient client, string question) =>
        (await RateLimited.ExecuteAsync(async _ => await TryAskAsync(client, question))).Polled;

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
