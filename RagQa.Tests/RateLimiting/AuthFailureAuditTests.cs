using RagQa.Core.Audit;
using RagQa.Core.RateLimiting;

namespace RagQa.Tests.RateLimiting;

/// <summary>Failed authentications reach the audit trail once per source and window, not once per request (issue #19, item 5).</summary>
public sealed class AuthFailureAuditTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    [Fact]
    public void Of_a_thousand_failures_in_a_window_two_are_recorded_the_first_and_the_one_reaching_the_limit()
    {
        var recorded = Enumerable.Range(1, 1000).Where(n => AuthFailureAudit.ShouldRecord(RateLimitDecision.For(n, 20, 30_000, Window))).ToList();

        Assert.Equal([1, 20], recorded);
    }

    [Fact]
    public void Without_a_counter_every_failure_is_recorded() =>
        Assert.True(AuthFailureAudit.ShouldRecord(RateLimitDecision.Unlimited(20)));

    [Fact]
    public void The_row_carries_the_count_the_window_and_a_hashed_source()
    {
        var details = AuthFailureAudit.Details("invalid_api_key", RateLimitDecision.For(20, 20, 1000, Window), Window, RedisRateLimiter.SourceHash("203.0.113.7"));

        Assert.Equal("20", details["count"]);
        Assert.Equal("60", details["window_seconds"]);
        Assert.Equal("invalid_api_key", details["code"]);
        Assert.DoesNotContain("203.0.113.7", details["source"]);
    }
}
