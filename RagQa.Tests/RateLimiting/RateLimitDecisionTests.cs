using Microsoft.Extensions.Options;
using RagQa.Core.RateLimiting;

namespace RagQa.Tests.RateLimiting;

public sealed class RateLimitDecisionTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Theory]
    [InlineData(1, 3, true)]
    [InlineData(3, 3, true)]
    [InlineData(4, 3, false)]
    [InlineData(100, 3, false)]
    public void Requests_up_to_the_limit_are_allowed(long count, int limit, bool allowed) =>
        Assert.Equal(allowed, RateLimitDecision.For(count, limit, 30_000, Minute).Allowed);

    [Theory]
    [InlineData(59_001, 60)]
    [InlineData(1_500, 2)]
    [InlineData(1_000, 1)]
    [InlineData(1, 1)]
    [InlineData(0, 1)]
    public void Retry_after_is_the_rest_of_the_window_rounded_up_to_a_whole_second(long remainingMs, int seconds)
    {
        Assert.Equal(seconds, RateLimitDecision.For(5, 3, remainingMs, Minute).RetryAfterSeconds);
    }

    [Fact]
    public void More_than_a_window_left_is_capped_at_one_window()
    {
        Assert.Equal(Minute, RateLimitDecision.For(5, 3, 3_600_000, Minute).ResetAfter);
    }

    [Fact]
    public void Defaults_suit_people_asking_by_hand_and_integrations_with_keys()
    {
        var options = new RateLimitingOptions();

        Assert.True(options.Enabled);
        Assert.Equal(Minute, options.Window);
        Assert.Equal(60, options.PerIpPermitLimit);
        Assert.Equal(600, options.PerKeyPermitLimit);
        Assert.True(Validate(options).Succeeded);
    }

    [Fact]
    public void Out_of_range_settings_fail_naming_the_setting()
    {
        var result = Validate(new RateLimitingOptions { PerIpPermitLimit = 0, Window = TimeSpan.Zero });

        Assert.True(result.Failed);
        Assert.Contains("RateLimiting:PerIpPermitLimit", result.FailureMessage);
        Assert.Contains("RateLimiting:Window", result.FailureMessage);
    }

    private static ValidateOptionsResult Validate(RateLimitingOptions options) =>
        new DataAnnotationValidateOptions<RateLimitingOptions>(null).Validate(null, options);
}
