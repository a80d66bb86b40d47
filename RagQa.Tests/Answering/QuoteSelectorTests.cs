using RagQa.Core.Answering;

namespace RagQa.Tests.Answering;

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

    [Fact]
    public void A_focused_quote_is_the_sentence_that_mentions_the_focus()
    {
        const string text = "Comprei dois produtos. O primeiro veio ótimo e bem embalado, chegou rápido e funcionando perfeitamente bem. " +
            "O segundo chegou quebrado e a loja não respondeu minhas mensagens. Não recomendo.";

        var quote = QuoteSelector.Select(text, ["quebr", "danific"]);

        Assert.Equal("O segundo chegou quebrado e a loja não respondeu minhas mensagens.", quote);
        Assert.Contains(quote, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_short_focused_sentence_takes_the_next_one()
    {
        const string text = "Atrasou. Chegou duas semanas depois do prazo e ninguém avisou nada sobre isso.";

        Assert.Equal(text, QuoteSelector.Select(text, ["atras"]));
    }

    [Fact]
    public void Focus_matches_accent_and_case_insensitively()
    {
        const string text = "Gostei da cor. NÃO RECEBI O MANUAL, SÓ O APARELHO, E O SUPORTE NÃO RESPONDE HÁ DIAS E DIAS.";

        var quote = QuoteSelector.Select(text, ["nao", "receb"]);

        Assert.StartsWith("NÃO RECEBI O MANUAL", quote, StringComparison.Ordinal);
        Assert.Contains(quote, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_focused_sentence_is_windowed_around_the_first_mention_at_word_boundaries()
    {
        var text = string.Concat(Enumerable.Repeat("blá ", 80)) + "o produto veio com defeito " + string.Concat(Enumerable.Repeat("etc ", 80));

        var quote = QuoteSelector.Select(text, ["defeit"], maxLength: 100);

        Assert.Contains("defeito", quote);
        Assert.True(quote.Length <= 100, $"quote has {quote.Length} characters");
        Assert.Contains(quote, text, StringComparison.Ordinal);
        var at = text.IndexOf(quote, StringComparison.Ordinal);
        Assert.True(at == 0 || text[at - 1] == ' ', "the quote starts inside a word");
        Assert.True(at + quote.Length == text.Length || text[at + quote.Length] == ' ', "the quote ends inside a word");
    }

    [Fact]
    public void Without_any_mention_the_quote_is_the_leading_text() =>
        Assert.Equal("Entrega rápida, recomendo!", QuoteSelector.Select("Entrega rápida, recomendo!", ["quebr"]));
}
