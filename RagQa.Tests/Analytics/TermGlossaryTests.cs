using RagQa.Core.Analytics;

namespace RagQa.Tests.Analytics;

public sealed class TermGlossaryTests
{
    [Theory]
    [InlineData("delays", "atras")]
    [InlineData("delivered", "entreg")]
    [InlineData("broken", "quebr")]
    [InlineData("retraso", "atras")]
    [InlineData("roto", "quebr")]
    [InlineData("late", "atras")]
    public void An_english_or_spanish_word_is_looked_for_in_portuguese(string word, string stem)
    {
        Assert.Equal(stem, TermGlossary.Portuguese(word));
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("entrega")]
    [InlineData("cadeira")]
    public void Other_words_are_looked_for_as_written(string word)
    {
        Assert.Null(TermGlossary.Portuguese(word));
    }

    [Theory]
    [InlineData("delays", "atras")]
    [InlineData("delivery", "entreg")]
    [InlineData("colorido", null)]
    [InlineData("chargeback", null)]
    public void A_quoted_word_is_translated_only_when_it_is_a_glossary_word_or_its_inflection(string word, string? stem)
    {
        Assert.Equal(stem, TermGlossary.Portuguese(word, quoted: true));
    }

    [Fact]
    public void The_parser_counts_the_portuguese_stem()
    {
        Assert.Equal("Count/Count pop[] subj[all:atras]", PlanText.Of(AnalysisPlanParser.Parse("How many reviews mention delays?")));
    }
}
