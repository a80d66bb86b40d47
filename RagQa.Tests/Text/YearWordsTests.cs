using RagQa.Core.Text;

namespace RagQa.Tests.Text;

public sealed class YearWordsTests
{
    [Theory]
    [InlineData("em dois mil e dezessete", "em 2017")]
    [InlineData("de dos mil dieciocho", "de 2018")]
    [InlineData("two thousand and sixteen", "2016")]
    [InlineData("March twenty eighteen", "March 2018")]
    [InlineData("the fourth quarter of twenty-seventeen", "the fourth quarter of 2017")]
    public void Writes_a_year_in_words_as_its_digits(string question, string expected)
    {
        Assert.Equal(expected, YearWords.SpellOut(question));
    }

    [Theory]
    // Not a year: "mil gracias", "twenty reviews", "dois mil reais".
    [InlineData("Es para la planilla, mil gracias.")]
    [InlineData("the last twenty reviews")]
    [InlineData("dois mil reais")]
    public void Leaves_other_numbers_alone(string question)
    {
        Assert.Equal(question, YearWords.SpellOut(question));
    }
}
