using System.ClientModel;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using RagQa.Core.Messaging;

namespace RagQa.Core.Answering;

/// <summary>
/// The retry policy of chat-model calls: a call that failed for a reason that may pass — HTTP 429 (rate limit), 408,
/// 5xx, a broken connection or a timeout — is tried again, up to <see cref="AnswerOptions.MaxAttempts"/> calls in all,
/// after exponential backoff with full jitter (<see cref="RetryBackoff"/>), waiting at least as long as a Retry-After
/// header asks, within the cap. Other failures (400, 401, 404) surface at once.
/// </summary>
public static class ChatRetry
{
    public static ResiliencePipeline Create(AnswerOptions options, TimeProvider time, ILogger logger)
    {
        // Polly counts retries, not calls, and wants at least one.
        if (options.MaxAttempts == 1) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } failure && !args.Context.CancellationToken.IsCancellationRequested && IsTransient(failure, out _)),
                DelayGenerator = args =>
                {
                    IsTransient(args.Outcome.Exception!, out var retryAfter);
                    return ValueTask.FromResult<TimeSpan?>(Delay(
                        args.AttemptNumber + 1, retryAfter, options.RetryBaseDelay, options.RetryMaxDelay, Random.Shared.NextDouble()));
                },
                OnRetry = args =>
                {
                    logger.LogWarning("Chat model call failed ({Failure}), attempt {Attempt} of {MaxAttempts}; retrying in {RetryDelayMs} ms",
                        Describe(args.Outcome.Exception!), args.AttemptNumber + 1, options.MaxAttempts, (long)args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>
    /// The wait after failed call <paramref name="attempt"/> (1 = first): full-jitter backoff, or the server's
    /// Retry-After if that is longer, but never past <paramref name="maxDelay"/>.
    /// </summary>
    /// <param name="random">A uniform sample in [0, 1), passed in so the function stays pure.</param>
    public static TimeSpan Delay(int attempt, TimeSpan retryAfter, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var backoff = RetryBackoff.Delay(attempt, baseDelay, maxDelay, random);
        return retryAfter > backoff ? (retryAfter < maxDelay ? retryAfter : maxDelay) : backoff;
    }

    /// <summary>Whether <paramref name="exception"/> is worth another attempt, and the wait the server asked for (zero if none).</summary>
    public static bool IsTransient(Exception exception, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        switch (exception)
        {
            case ClientResultException { Status: 429 or 408 or >= 500 } result:
                retryAfter = RetryAfter(result);
                return true;
            case ClientResultException { Status: 0 }:
            case HttpRequestException { StatusCode: null or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError }:
            case TimeoutException:
            // HttpClient reports its own timeout as a cancellation nobody asked for.
            case OperationCanceledException:
                return true;
            default:
                return false;
        }
    }

    private static TimeSpan RetryAfter(ClientResultException exception)
    {
        var headers = exception.GetRawResponse()?.Headers;
        if (headers is null || !headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value)) return TimeSpan.Zero;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }
        return TimeSpan.Zero;
    }

    private static string Describe(Exception exception) => exception is ClientResultException result
        ? $"HTTP {result.Status}"
        : exception.GetType().Name;
}
