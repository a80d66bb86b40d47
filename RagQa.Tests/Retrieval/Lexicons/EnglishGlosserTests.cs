using RagQa.Core.Retrieval.Lexicons;
using RagQa.Core.VectorStore;

namespace RagQa.Tests.Retrieval.Lexicons;

public sealed class EnglishGlosserTests
{
    private static readonly EnglishGlosser Glosser = new(new FoldedLexicon([
        ("a", ["at", "by", "the"]),
        ("tampa", ["cover", "plug"]),
        ("vir", ["come"]),
        ("quebrar", ["break", "burst", "smash"]),
    ]));

    [Fact]
    public void Known_words_become_their_first_senses_and_unknown_words_stay()
    {
        Assert.Equal("at by cover plug come break burst motorola", Glosser.Gloss("A tampa veio quebrada, Motorola"));
    }

    [Fact]
    public void An_english_question_passes_through_where_the_dictionary_does_not_know_its_words()
    {
        Assert.Equal("the lid came broken", Glosser.Gloss("The lid came broken"));
    }

    [Fact]
    public void Gloss_vectors_live_beside_the_texts_own_under_a_suffixed_model_id()
    {
        var space = new VectorSpace("olist_reviews", "sentence-transformers/all-MiniLM-L6-v2", 384);

        Assert.Equal(space with { ModelId = "sentence-transformers/all-MiniLM-L6-v2+gloss-en" }, EnglishGlosser.SpaceOf(space));
    }
}
