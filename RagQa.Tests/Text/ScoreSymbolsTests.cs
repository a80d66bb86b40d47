using RagQa.Core.Text;

namespace RagQa.Tests.Text;

public sealed class ScoreSymbolsTests
{
    [Theory]
    [InlineData("share of >= 4 stars", "share of  at least 4 stars")]
    [InlineData("<=2 estrelas", " at most 2 estrelas")]
    [InlineData("≤ 3 estrellas", " at most 3 estrellas")]
    [InlineData("reviews with > 3 stars", "reviews with  more than 3 stars")]
    [InlineData("4+ estrelas em 2018", "4 or more  estrelas em 2018")]
    [InlineData("# of neg", " number of neg")]
    [InlineData("No. of reviews", " number of reviews")]
    public void Spells_out_bounds_and_counts_written_as_symbols(string question, string expected)
    {
        Assert.Equal(expected, ScoreSymbols.SpellOut(question));
    }

    [Theory]
    // An arrow, a price, a longer number, a plus that adds: not a bound on a score.
    [InlineData("2017 -> 2018")]
    [InlineData("preço > 100 reais")]
    [InlineData("> 10 avaliações")]
    [InlineData("2+2")]
    [InlineData("no. 5 of the list")]
    public void Leaves_other_symbols_alone(string question)
    {
        Assert.Equal(question, ScoreSymbols.SpellOut(question));
    }
}
