using RagQa.Core.Query;

namespace RagQa.Tests.Query;

public sealed class QuoteSelectorTests
{
    [Theory]
    [InlineData("Produto chegou quebrado.")]
    [InlineData("  Entrega rápida, recomendo!  ")]
    public void Short_texts_are_quoted_whole(string text) => Assert.Equal(text.Trim(), QuoteSelector.Select(text));

    [Fact]
    public void Long_texts_are_cut_at_a_sentence_end_and_stay_an_exact_substring()
    {
        var text = "Recebi o produto com atraso de duas semanas. " + string.Concat(Enumerable.Repeat("Muito ruim a experiência toda ", 20));

        var quote = QuoteSelector.Select(text, maxLength: 120);

        Assert.Equal("Recebi o produto com atraso de duas semanas.", quote);
        Assert.Contains(quote, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_sentence_end_the_cut_falls_on_a_word_boundary()
    {
        var text = string.Concat(Enumerable.Repeat("palavra ", 50));

        var quote = QuoteSelector.Select(text, maxLength: 40);

        Assert.True(quote.Length <= 40);
        Assert.EndsWith("palavra", quote);
        Assert.StartsWith(quote, text.Trim(), StringComparison.Ordinal);
    }
}
