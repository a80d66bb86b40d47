using RagQa.Core.Ingestion.Chunking;

namespace RagQa.Tests.Ingestion.Chunking;

public sealed class MiniLmTokenCounterTests
{
    private static readonly MiniLmTokenCounter Counter = TokenCounters.MiniLm;

    [Theory]
    [InlineData("", 0)]
    [InlineData("   \r\n", 0)]
    [InlineData("a", 1)]
    [InlineData("a b", 2)]
    [InlineData("Sr. Silva chegou... e?!", 12)]
    public void Counts_wordpiece_tokens_without_the_special_ones(string text, int expected) =>
        Assert.Equal(expected, Counter.CountTokens(text));

    [Fact]
    public void Accents_are_stripped_as_the_uncased_model_does_so_portuguese_words_are_not_unknown() =>
        Assert.Equal(Counter.CountTokens("reclamacao nao"), Counter.CountTokens("reclamação não"));

    [Fact]
    public void Counts_add_up_across_any_white_space_including_line_breaks()
    {
        string[] words = ["Não", "recomendo", "nunca", "mais!", "Entrega", "rápida."];

        Assert.Equal(words.Sum(w => Counter.CountTokens(w)), Counter.CountTokens(string.Join("\r\n\r\n", words)));
        Assert.Equal(words.Sum(w => Counter.CountTokens(w)), Counter.CountTokens(string.Join(" \t\n", words)));
    }

    [Fact]
    public void A_run_longer_than_the_models_word_limit_counts_one_token_per_four_characters()
    {
        Assert.Equal(26, Counter.CountTokens(new string('x', 101)));
        Assert.Equal(250, Counter.CountTokens(string.Concat(Enumerable.Repeat("😀", 500)))); // 1,000 UTF-16 units
    }
}
