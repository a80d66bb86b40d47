namespace RagQa.Core.Messaging;

/// <summary>
/// Exponential backoff with full jitter: the delay after failed attempt <c>n</c> is uniform in
/// <c>[0, min(max, base · 2^(n-1)))</c>. Full jitter spreads the retries of many consumers that failed
/// together (a database blip) instead of having them all hammer it again at the same instant.
/// </summary>
public static class RetryBackoff
{
    /// <summary>The upper bound of the delay after failed attempt <paramref name="attempt"/> (1 = first).</summary>
    public static TimeSpan Ceiling(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(baseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelay, baseDelay);

        // Doubles, not longs: base · 2^n overflows long ticks long before a sane attempt count is reached.
        var exponential = baseDelay.Ticks * Math.Pow(2, attempt - 1);
        return exponential >= maxDelay.Ticks ? maxDelay : TimeSpan.FromTicks((long)exponential);
    }

    /// <param name="attempt">The attempt that just failed, 1 for the first.</param>
    /// <param name="random">A uniform sample in [0, 1), e.g. <see cref="Random.NextDouble"/>; passed in so the function stays pure.</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        if (random is < 0 or >= 1 || double.IsNaN(random))
        {
            throw new ArgumentOutOfRangeException(nameof(random), random, "The random sample must be in [0, 1).");
        }
        return TimeSpan.FromTicks((long)(Ceiling(attempt, baseDelay, maxDelay).Ticks * random));
    }
}
