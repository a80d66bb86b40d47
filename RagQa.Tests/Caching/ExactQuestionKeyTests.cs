using RagQa.Core.Caching;
using RagQa.Core.VectorStore;

namespace RagQa.Tests.Caching;

public sealed class ExactQuestionKeyTests
{
    private static readonly VectorFilter ScoreAndYear = new([new MetadataCondition("review_score", EqualTo: "1"), new MetadataCondition("year", From: "2017", To: "2018")]);

    [Fact]
    public void Top_k_changes_the_specific_entry_and_not_the_aggregate_one()
    {
        var five = ExactQuestionKey.For("Quais são as reclamações mais comuns?", "olist_reviews", null, 5);
        var ten = ExactQuestionKey.For("Quais são as reclamações mais comuns?", "olist_reviews", null, 10);

        Assert.Equal(five.Aggregate, ten.Aggregate);
        Assert.NotEqual(five.Specific, ten.Specific);
        Assert.Equal(five.Aggregate, five.EntryFor(aggregate: true));
        Assert.Equal(five.Specific, five.EntryFor(aggregate: false));
    }

    [Fact]
    public void The_order_of_the_filter_conditions_does_not_matter()
    {
        var reversed = new VectorFilter([.. ScoreAndYear.Conditions.Reverse()]);

        Assert.Equal(ExactQuestionKey.For("A entrega atrasou?", "olist_reviews", ScoreAndYear, 5), ExactQuestionKey.For("A entrega atrasou?", "olist_reviews", reversed, 5));
    }

    [Fact]
    public void No_filter_and_an_empty_filter_are_the_same_question()
    {
        Assert.Equal(ExactQuestionKey.For("A entrega atrasou?", "olist_reviews", null, 5), ExactQuestionKey.For("A entrega atrasou?", "olist_reviews", new VectorFilter([]), 5));
    }

    [Theory]
    [InlineData("a entrega atrasou?")]
    [InlineData("  A  ENTREGA\tatrasou? ")]
    public void Case_and_white_space_do_not_matter(string asked)
    {
        Assert.Equal(ExactQuestionKey.For("A entrega atrasou?", "olist_reviews", null, 5), ExactQuestionKey.For(asked, "olist_reviews", null, 5));
    }

    [Fact]
    public void Composed_and_decomposed_accents_are_the_same_question()
    {
        Assert.Equal(ExactQuestionKey.For("Reclamações", "olist_reviews", null, 5), ExactQuestionKey.For("Reclamac\u0327o\u0303es", "olist_reviews", null, 5));
    }

    [Theory]
    [InlineData("A entrega atrasou")]
    [InlineData("A entrega atrasou?!")]
    [InlineData("A entregá atrasou?")]
    [InlineData("A entrega não atrasou?")]
    public void Wording_accents_and_punctuation_make_another_question(string asked)
    {
        var key = ExactQuestionKey.For("A entrega atrasou?", "olist_reviews", null, 5);
        var other = ExactQuestionKey.For(asked, "olist_reviews", null, 5);

        Assert.NotEqual(key.Aggregate, other.Aggregate);
        Assert.NotEqual(key.Specific, other.Specific);
    }

    [Fact]
    public void Collection_and_filter_values_make_another_question()
    {
        var key = ExactQuestionKey.For("A entrega atrasou?", "olist_reviews", ScoreAndYear, 5);

        Assert.NotEqual(key.Aggregate, ExactQuestionKey.For("A entrega atrasou?", "private_reviews", ScoreAndYear, 5).Aggregate);
        Assert.NotEqual(key.Aggregate, ExactQuestionKey.For("A entrega atrasou?", "olist_reviews", null, 5).Aggregate);
        Assert.NotEqual(key.Aggregate, ExactQuestionKey.For("A entrega atrasou?", "olist_reviews",
            new VectorFilter([new MetadataCondition("review_score", EqualTo: "2"), ScoreAndYear.Conditions[1]]), 5).Aggregate);
    }
}
