using RagQa.Core.Retrieval.Lexicons;

namespace RagQa.Tests.Retrieval.Lexicons;

public sealed class SynonymExpanderTests
{
    private static readonly SynonymExpander Expander = new(new FoldedLexicon([
        ("rachar", ["trincar", "fender", "partir"]),
        ("tela", ["ecrã", "visor", "monitor"]),
        ("não", ["nunca"]),
    ]), synonymsPerWord: 2);

    [Fact]
    public void Each_long_enough_word_adds_its_first_synonyms_once()
    {
        Assert.Equal(["ecrã", "visor", "trincar", "fender"], Expander.Expand("Tela não rachou, a tela!"));
    }

    [Fact]
    public void A_synonym_the_question_already_has_is_not_added()
    {
        Assert.Equal(["ecrã", "trincar", "fender"], Expander.Expand("visor e tela rachados"));
    }
}
