using RagQa.Core.Retrieval.Lexicons;

namespace RagQa.Tests.Retrieval.Lexicons;

public sealed class PortugueseTranslatorTests
{
    private static readonly PortugueseTranslator Translator = new([
        ("cortina", ["curtain"]),
        ("cortinado", ["curtain"]),
        ("reposteiro", ["curtain"]),
        ("real", ["royal"]),
        ("tampa", ["cover", "plug"]),
        ("capa", ["cover", "cloak"]),
        ("relógio", ["wrist watch", "clock"]),
    ], wordsPerTranslation: 2);

    [Fact]
    public void English_words_get_their_first_portuguese_headwords_and_phrases_are_not_read_backwards()
    {
        Assert.Equal(["cortina", "cortinado", "tampa", "capa"], Translator.Translate("The curtains and the cover, a wrist watch"));
    }

    [Fact]
    public void A_word_the_dictionary_knows_as_portuguese_is_not_translated()
    {
        Assert.Empty(Translator.Translate("real"));
        Assert.Equal(["relógio"], Translator.Translate("clock real"));
    }
}
