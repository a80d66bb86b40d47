using RagQa.Benchmarks;

namespace RagQa.Tests.Benchmarks;

public sealed class BenchmarkArgumentsTests
{
    [Fact]
    public void Names_take_the_next_word_as_value_and_a_name_without_one_is_a_flag()
    {
        var arguments = BenchmarkArguments.Parse(["--analytics", "--split", "heldout", "--api-port", "5481", "--verbose"]);

        Assert.Equal("true", arguments.Get("analytics", ""));
        Assert.Equal("heldout", arguments.Get("split", "dev"));
        Assert.Equal(5481, arguments.GetInt("api-port", 5480));
        Assert.True(arguments.Has("verbose"));
        Assert.False(arguments.Has("questions"));
    }

    [Fact]
    public void A_value_without_a_name_is_an_error() =>
        Assert.Throws<ArgumentException>(() => BenchmarkArguments.Parse(["eval", "--split", "dev"]));
}
