using System.ClientModel;
using System.Net;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using RagQa.Core.Messaging;

namespace RagQa.Core.Answering;

/// <summary>
/// Retries a chat call that failed for a reason that may pass — HTTP 429 (rate limit), 408, 5xx, a broken
/// connection or a timeout — with exponential backoff and full jitter (<see cref="RetryBackoff"/>), waiting at
/// least as long as a Retry-After header asks, within the cap. Other failures (400, 401, 404) surface at once.
/// Streaming calls pass through: a half-streamed answer cannot be replayed.
/// </summary>
public sealed class RetryingChatClient(
    IChatClient inner,
    int maxAttempts,
    TimeSpan baseDelay,
    TimeSpan maxDelay,
    TimeProvider time,
    ILogger<RetryingChatClient> logger) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var conversation = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await base.GetResponseAsync(conversation, options, cancellationToken);
            }
            catch (Exception ex) when (attempt < maxAttempts && !cancellationToken.IsCancellationRequested && IsTransient(ex, out var retryAfter))
            {
                var delay = RetryBackoff.Delay(attempt, baseDelay, maxDelay, Random.Shared.NextDouble());
                if (retryAfter > delay) delay = retryAfter < maxDelay ? retryAfter : maxDelay;
                logger.LogWarning("Chat model call failed ({Failure}), attempt {Attempt} of {MaxAttempts}; retrying in {RetryDelayMs} ms",
                    Describe(ex), attempt, maxAttempts, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
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
        if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }
        return TimeSpan.Zero;
    }

    private static string Describe(Exception exception) => exception is ClientResultException result
        ? $"HTTP {result.Status}"
        : exception.GetType().Name;
}
