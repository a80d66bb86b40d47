using System.Diagnostics;
using RagQa.Benchmarks.ApiClient;

namespace RagQa.Benchmarks.Load;

/// <summary>What one POST /query returned, as the client saw it.</summary>
public sealed record QueryOutcome(DateTimeOffset StartedAt, double Milliseconds, int Status, string Kind, bool? CacheHit, double? Confidence, bool? Escalated, string? QueryId, string? Mode, string? Error)
{
    public bool Answered => Status == 200;

    public bool Accepted => Status == 202;

    /// <summary>Anything a user would see as a failure: a status other than 200/202, or no response.</summary>
    public bool Failed => !Answered && !Accepted;

    /// <summary>
    /// Asks through the generated client and times the call as the client sees it (the response read and decoded).
    /// A 200 is the returned <see cref="QueryView"/>; every other status arrives as a <see cref="RagQaApiException"/>
    /// with its <see cref="RagQaApiException.StatusCode"/>: the 202's <see cref="QueryAccepted"/>, a documented
    /// problem (429 <c>rate_limited</c>, 503 <c>broker_unavailable</c>, …) or an undocumented status.
    /// </summary>
    public static async Task<QueryOutcome> AskAsync(RagQaApiClient api, QuestionMix.Request request, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var view = await api.AskQuestionAsync(request.Body, cancellationToken);
            return new QueryOutcome(startedAt, stopwatch.Elapsed.TotalMilliseconds, 200, request.Kind, view.Cache_hit, view.Confidence,
                view.Escalated, view.Query_id.ToString(), view.Mode, null);
        }
        catch (RagQaApiException<QueryAccepted> accepted)
        {
            return new QueryOutcome(startedAt, stopwatch.Elapsed.TotalMilliseconds, accepted.StatusCode, request.Kind, null, null, null,
                accepted.Result.Query_id.ToString(), null, null);
        }
        catch (RagQaApiException error) when (error.StatusCode is 200 or 202)
        {
            // A success whose body the client could not read as the contract's: a failure the user would see too.
            return new QueryOutcome(startedAt, stopwatch.Elapsed.TotalMilliseconds, 0, request.Kind, null, null, null, null, null, $"{error.StatusCode} off the contract");
        }
        catch (RagQaApiException error)
        {
            return new QueryOutcome(startedAt, stopwatch.Elapsed.TotalMilliseconds, error.StatusCode, request.Kind, null, null, null, null, null,
                error.ProblemCode ?? error.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new QueryOutcome(startedAt, stopwatch.Elapsed.TotalMilliseconds, 0, request.Kind, null, null, null, null, null, ex.GetType().Name);
        }
    }
}
