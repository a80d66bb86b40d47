using RagQa.Core.Retrieval.Lexicons;

namespace RagQa.Tests.Retrieval.Lexicons;

public sealed class MyThesReaderTests
{
    private static readonly string[] Lines =
    [
        "UTF-8",
        "rachado|2",
        "(Sinônimo)fendido|fendido|rachado|trincado|gretado",
        "(Sinônimo)partido|partido|quebrado|rachado|de través",
        "aba|1",
        "(Sinônimo)beira|beira|aba|borda",
    ];

    [Fact]
    public void Synonyms_are_taken_from_each_sense_in_turn_without_the_headword_or_phrases()
    {
        var entries = MyThesReader.Parse(Lines, synonymsPerHeadword: 3).ToDictionary(e => e.Headword, e => e.Synonyms);

        Assert.Equal(["fendido", "partido", "trincado"], entries["rachado"]);
        Assert.Equal(["beira", "borda"], entries["aba"]);
    }

    [Fact]
    public void The_debian_package_s_thesaurus_reads_as_thousands_of_headwords()
    {
        var entries = MyThesReader.Read(new LexiconOptions().ThesaurusPath, synonymsPerHeadword: 4).ToList();

        Assert.True(entries.Count > 20_000, $"{entries.Count} headwords");
        Assert.All(entries, e => Assert.InRange(e.Synonyms.Count, 1, 4));
    }
}
