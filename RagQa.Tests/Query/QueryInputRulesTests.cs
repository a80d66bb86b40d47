using RagQa.Core.Query;
using RagQa.Core.Retrieval;

namespace RagQa.Tests.Query;

public sealed class QueryInputRulesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_questions_are_rejected(string? question) => Assert.NotNull(QueryInputRules.CheckText(question, "question", 100));

    [Fact]
    public void Questions_over_the_limit_are_rejected_with_the_limit_in_the_message() =>
        Assert.Contains("2000", QueryInputRules.CheckText(new string('a', 10_000), "question", 2000));

    [Fact]
    public void A_normal_question_passes() => Assert.Null(QueryInputRules.CheckText("Quais são as reclamações mais comuns?", "question", 2000));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(51)]
    public void Top_k_out_of_range_is_rejected(int topK) => Assert.NotNull(QueryInputRules.CheckTopK(topK, 50));

    [Fact]
    public void Inverted_ranges_and_impossible_scores_are_rejected()
    {
        Assert.NotNull(QueryInputRules.CheckFilters(new QueryFilters(4, 2, null, null, null)));
        Assert.NotNull(QueryInputRules.CheckFilters(new QueryFilters(0, null, null, null, null)));
        Assert.NotNull(QueryInputRules.CheckFilters(new QueryFilters(null, null, new DateOnly(2018, 2, 1), new DateOnly(2018, 1, 1), null)));
        Assert.NotNull(QueryInputRules.CheckFilters(new QueryFilters(null, null, null, null, new Dictionary<string, string> { [""] = "x" })));
        Assert.Null(QueryInputRules.CheckFilters(new QueryFilters(1, 2, new DateOnly(2018, 1, 1), null, new Dictionary<string, string> { ["order_id"] = "x" })));
    }

    [Fact]
    public void More_metadata_filters_than_the_cap_are_rejected()
    {
        static QueryFilters With(int count) =>
            new(null, null, null, null, Enumerable.Range(0, count).ToDictionary(i => "key_" + i, i => "value"));

        Assert.Null(QueryInputRules.CheckFilters(With(QueryInputRules.MaxMetadataFilters)));
        Assert.Contains("20000", QueryInputRules.CheckFilters(With(20_000)));
    }

    [Fact]
    public void Collection_names_longer_than_any_stored_one_are_rejected()
    {
        Assert.NotNull(QueryInputRules.CheckCollection(new string('a', 65)));
        Assert.Null(QueryInputRules.CheckCollection("olist_reviews"));
        Assert.Null(QueryInputRules.CheckCollection(null));
    }
}
