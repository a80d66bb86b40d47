using RagQa.Core.Messaging;

namespace RagQa.Tests.Messaging;

public sealed class RetryBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(1, 200)]
    [InlineData(2, 400)]
    [InlineData(3, 800)]
    [InlineData(6, 6_400)]
    [InlineData(7, 10_000)]
    [InlineData(1_000, 10_000)]
    [InlineData(int.MaxValue, 10_000)]
    public void The_ceiling_doubles_per_attempt_up_to_the_cap(int attempt, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RetryBackoff.Ceiling(attempt, Base, Cap));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(50)]
    public void Full_jitter_spans_zero_to_the_ceiling(int attempt)
    {
        var ceiling = RetryBackoff.Ceiling(attempt, Base, Cap);

        Assert.Equal(TimeSpan.Zero, RetryBackoff.Delay(attempt, Base, Cap, 0));
        Assert.Equal(ceiling / 2, RetryBackoff.Delay(attempt, Base, Cap, 0.5));
        var almostOne = Math.BitDecrement(1.0);
        Assert.InRange(RetryBackoff.Delay(attempt, Base, Cap, almostOne), ceiling - TimeSpan.FromTicks(1), ceiling - TimeSpan.FromTicks(1));
    }

    [Fact]
    public void Random_samples_stay_within_bounds_and_spread_across_them()
    {
        var random = new Random(20240601);
        var delays = Enumerable.Range(0, 2_000).Select(_ => RetryBackoff.Delay(4, Base, Cap, random.NextDouble())).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromMilliseconds(1_600)));
        Assert.Contains(delays, d => d < TimeSpan.FromMilliseconds(400));
        Assert.Contains(delays, d => d > TimeSpan.FromMilliseconds(1_200));
    }

    [Fact]
    public void A_cap_equal_to_the_base_gives_a_constant_ceiling() =>
        Assert.Equal(Base, RetryBackoff.Ceiling(9, Base, Base));

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1, -0.1)]
    [InlineData(1, 1.0)]
    [InlineData(1, double.NaN)]
    public void Invalid_arguments_are_rejected(int attempt, double random) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryBackoff.Delay(attempt, Base, Cap, random));

    [Fact]
    public void A_cap_below_the_base_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryBackoff.Ceiling(1, Cap, Base));
}
