using RagQa.Core.VectorStore;

namespace RagQa.Tests.VectorStore;

public sealed class MetadataPredicateTests
{
    [Theory]
    [InlineData("3", true)]
    [InlineData("2", true)]
    [InlineData("4", true)]
    [InlineData("4.0", true)]
    [InlineData("1", false)]
    [InlineData("5", false)]
    [InlineData("10", false)]
    // Not plain decimals: the SQL's regex keeps them out of numeric comparisons.
    [InlineData("3e0", false)]
    [InlineData("+3", false)]
    [InlineData(" 3", false)]
    [InlineData("três", false)]
    public void Numeric_bounds_compare_numerically_and_only_against_plain_decimals(string score, bool expected)
    {
        var predicate = MetadataPredicate.Compile(new VectorFilter([new MetadataCondition("review_score", From: "2", To: "4")]));

        Assert.Equal(expected, predicate.Matches(new Dictionary<string, string> { ["review_score"] = score }));
    }

    [Theory]
    [InlineData("2017-10-02 00:00:00", true)]
    [InlineData("2017-10-05 23:59:59", true)]
    [InlineData("2017-10-03", true)]
    [InlineData("2017-10-01 23:59:59", false)]
    [InlineData("2017-10-06 00:00:00", false)]
    // Bounds are inclusive.
    [InlineData("2017-10-02", true)]
    public void String_bounds_compare_ordinally_so_iso_dates_work(string date, bool expected)
    {
        var predicate = MetadataPredicate.Compile(new VectorFilter(
            [new MetadataCondition("review_creation_date", From: "2017-10-02", To: "2017-10-05 23:59:59")]));

        Assert.Equal(expected, predicate.Matches(new Dictionary<string, string> { ["review_creation_date"] = date }));
    }

    [Fact]
    public void Equality_is_exact()
    {
        var predicate = MetadataPredicate.Compile(new VectorFilter([new MetadataCondition("state", EqualTo: "SP")]));

        Assert.True(predicate.Matches(new Dictionary<string, string> { ["state"] = "SP" }));
        Assert.False(predicate.Matches(new Dictionary<string, string> { ["state"] = "sp" }));
        Assert.False(predicate.Matches(new Dictionary<string, string> { ["state"] = "SP " }));
    }

    [Fact]
    public void Equality_on_numbers_is_textual_like_the_sql()
    {
        var predicate = MetadataPredicate.Compile(new VectorFilter([new MetadataCondition("review_score", EqualTo: "5")]));

        Assert.True(predicate.Matches(new Dictionary<string, string> { ["review_score"] = "5" }));
        Assert.False(predicate.Matches(new Dictionary<string, string> { ["review_score"] = "5.0" }));
    }

    [Fact]
    public void A_missing_key_fails_every_condition_that_sets_something()
    {
        var metadata = new Dictionary<string, string> { ["other"] = "x" };

        Assert.False(MetadataPredicate.Compile(new VectorFilter([new MetadataCondition("state", EqualTo: "SP")])).Matches(metadata));
        Assert.False(MetadataPredicate.Compile(new VectorFilter([new MetadataCondition("score", From: "1")])).Matches(metadata));
        Assert.False(MetadataPredicate.Compile(new VectorFilter([new MetadataCondition("date", To: "2018")])).Matches(metadata));
        Assert.True(MetadataPredicate.Compile(new VectorFilter([new MetadataCondition("state")])).Matches(metadata));
    }

    [Fact]
    public void All_conditions_must_hold()
    {
        var predicate = MetadataPredicate.Compile(new VectorFilter(
        [
            new MetadataCondition("review_score", From: "4"),
            new MetadataCondition("state", EqualTo: "SP"),
        ]));

        Assert.True(predicate.Matches(new Dictionary<string, string> { ["review_score"] = "5", ["state"] = "SP" }));
        Assert.False(predicate.Matches(new Dictionary<string, string> { ["review_score"] = "3", ["state"] = "SP" }));
        Assert.False(predicate.Matches(new Dictionary<string, string> { ["review_score"] = "5", ["state"] = "RJ" }));
    }

    [Fact]
    public void The_compact_form_gives_the_same_answers()
    {
        var predicate = MetadataPredicate.Compile(new VectorFilter([new MetadataCondition("review_score", From: "4")]));

        Assert.True(predicate.Matches([new KeyValuePair<string, string>("a", "1"), new("review_score", "4")]));
        Assert.False(predicate.Matches([new KeyValuePair<string, string>("review_score", "3")]));
        Assert.False(predicate.Matches(ReadOnlySpan<KeyValuePair<string, string>>.Empty));
    }

    [Fact]
    public void No_filter_or_empty_conditions_match_everything()
    {
        Assert.True(MetadataPredicate.Compile(null).IsMatchAll);
        Assert.True(MetadataPredicate.Compile(new VectorFilter([])).Matches(new Dictionary<string, string>()));
    }

    [Fact]
    public void String_order_is_code_point_order_like_collate_c()
    {
        // U+FFFD sorts below U+1F600 in code points (and UTF-8 bytes) but above it in UTF-16 units.
        Assert.True(MetadataPredicate.CompareCodePoints("\uFFFD", "\U0001F600") < 0);
        Assert.True(string.CompareOrdinal("\uFFFD", "\U0001F600") > 0);
        Assert.True(MetadataPredicate.CompareCodePoints("B", "a") < 0);
        Assert.True(MetadataPredicate.CompareCodePoints("é", "z") > 0);
        Assert.True(MetadataPredicate.CompareCodePoints("ab", "abc") < 0);
        Assert.Equal(0, MetadataPredicate.CompareCodePoints("ação", "ação"));
    }

    [Fact]
    public void A_nan_bound_sorts_above_every_number_like_postgres()
    {
        var below = MetadataPredicate.Compile(new VectorFilter([new MetadataCondition("x", To: "NaN")]));
        var above = MetadataPredicate.Compile(new VectorFilter([new MetadataCondition("x", From: "NaN")]));

        Assert.True(below.Matches(new Dictionary<string, string> { ["x"] = "1000000" }));
        Assert.False(above.Matches(new Dictionary<string, string> { ["x"] = "1000000" }));
    }
}
