using RagQa.Core.Retrieval.Lexicons;

namespace RagQa.Tests.Retrieval.Lexicons;

public sealed class FoldedLexiconTests
{
    private static readonly FoldedLexicon Lexicon = new([
        ("relógio", ["watch", "clock"]),
        ("chegar", ["come"]),
        ("Relógio", ["timepiece", "watch"]),
    ]);

    [Fact]
    public void Headwords_that_fold_alike_are_merged_in_order_without_repeats()
    {
        Assert.Equal(2, Lexicon.Count);
        Assert.Equal(["watch", "clock", "timepiece"], Lexicon.Lookup("relogio"));
    }

    [Fact]
    public void An_inflected_form_finds_its_headword_and_an_unknown_word_finds_nothing()
    {
        Assert.Equal(["come"], Lexicon.Lookup("chegou"));
        Assert.Equal(["watch", "clock", "timepiece"], Lexicon.Lookup("relogios"));
        Assert.Empty(Lexicon.Lookup("lannister"));
    }
}
