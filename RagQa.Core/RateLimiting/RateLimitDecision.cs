namespace RagQa.Core.RateLimiting;

/// <summary>Whether one more request fits its window, and when the window ends.</summary>
public sealed record RateLimitDecision(bool Allowed, long Count, int Limit, TimeSpan ResetAfter)
{
    /// <summary>Used when the counter cannot be reached: the request goes through (fail open).</summary>
    public static RateLimitDecision Unlimited(int limit) => new(true, 0, limit, TimeSpan.Zero);

    /// <summary>
    /// The decision for the <paramref name="count"/>-th request of a window that ends in <paramref name="remainingMilliseconds"/>;
    /// capped at one window, which is exceeded only when the replica that started the window has a clock ahead of this one's.
    /// </summary>
    public static RateLimitDecision For(long count, int limit, long remainingMilliseconds, TimeSpan window)
    {
        var reset = TimeSpan.FromMilliseconds(Math.Clamp(remainingMilliseconds, 0, (long)window.TotalMilliseconds));
        return new RateLimitDecision(count <= limit, count, limit, reset);
    }

    /// <summary>Whole seconds for the <c>Retry-After</c> header, rounded up and at least 1, so a client that waits it is let in.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(ResetAfter.TotalSeconds));
}
