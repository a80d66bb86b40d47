using RagQa.Core.Retrieval;
using RagQa.Core.Retrieval.Lexicons;

namespace RagQa.Tests.Retrieval.Lexicons;

public sealed class RetrievalLexiconsTests
{
    [Fact]
    public void Levers_that_are_off_load_nothing_even_when_the_files_are_missing()
    {
        var lexicons = RetrievalLexicons.Load(
            new LexiconOptions { ThesaurusPath = "/nonexistent", DictionaryPath = "/nonexistent" },
            new RetrievalOptions { GlossWeight = 0, SynonymWeight = 0, TranslationWeight = 0 });

        Assert.Null(lexicons.Glosser);
        Assert.Null(lexicons.Expander);
    }

    [Fact]
    public void A_missing_file_of_a_lever_that_is_on_names_the_package_to_install()
    {
        var error = Assert.Throws<FileNotFoundException>(() =>
            RetrievalLexicons.Load(new LexiconOptions { DictionaryPath = "/nonexistent/freedict-por-eng.dict.dz" }, new RetrievalOptions { GlossWeight = 1 }));

        Assert.Contains("dict-freedict-por-eng", error.Message);
        Assert.Contains("scripts/install.sh", error.Message);
    }

    [Fact]
    public void The_embed_worker_loads_the_glosser_only()
    {
        var lexicons = RetrievalLexicons.Load(new LexiconOptions { ThesaurusPath = "/nonexistent" }, new RetrievalOptions(), queryExpansion: false);

        Assert.NotNull(lexicons.Glosser);
        Assert.Null(lexicons.Expander);
        Assert.Null(lexicons.Translator);
        Assert.Empty(lexicons.Expansions("the curtain", new RetrievalOptions()));
    }

    [Fact]
    public void The_installed_packages_gloss_and_expand_portuguese()
    {
        var lexicons = RetrievalLexicons.Load(new LexiconOptions(), new RetrievalOptions { GlossWeight = 1, SynonymWeight = 0.3, TranslationWeight = 1 });

        Assert.Contains("curtain", lexicons.Glosser!.Gloss("a cortina chegou"));
        Assert.NotEmpty(lexicons.Expander!.Expand("a cortina chegou rasgada"));
        Assert.Contains(new WeightedWord("cortina", 1), lexicons.Expansions("the curtain", new RetrievalOptions { SynonymWeight = 0.3, TranslationWeight = 1 }));
    }
}
