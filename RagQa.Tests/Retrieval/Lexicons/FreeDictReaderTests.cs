using System.Text;
using RagQa.Core.Retrieval.Lexicons;

namespace RagQa.Tests.Retrieval.Lexicons;

public sealed class FreeDictReaderTests
{
    [Fact]
    public void Each_sense_gives_its_first_translation_and_the_file_s_own_entries_are_skipped()
    {
        var info = "00-database-info\nabout\n";
        var watch = "relógio /ʁˌelˈɔʒjʊ/\n1. watch, wrist-watch\n2. clock\n";
        var come = "chegar /ʃɨɡˈaɹ/\ncome\n";
        var body = Encoding.UTF8.GetBytes(info + watch + come);
        int Bytes(string s) => Encoding.UTF8.GetByteCount(s);
        string[] index =
        [
            $"00-database-info\tA\t{Base64(Bytes(info))}",
            $"relógio\t{Base64(Bytes(info))}\t{Base64(Bytes(watch))}",
            $"chegar\t{Base64(Bytes(info + watch))}\t{Base64(Bytes(come))}",
        ];

        var entries = FreeDictReader.Parse(index, body).ToList();

        Assert.Equal(2, entries.Count);
        Assert.Equal("relógio", entries[0].Headword);
        Assert.Equal(["watch", "clock"], entries[0].Translations);
        Assert.Equal(["come"], entries[1].Translations);
    }

    [Fact]
    public void The_debian_package_s_dictionary_reads_as_thousands_of_headwords()
    {
        var options = new LexiconOptions();

        var entries = FreeDictReader.Read(options.DictionaryIndexPath, options.DictionaryPath).GroupBy(e => e.Headword).ToDictionary(g => g.Key, g => g.First().Translations);

        Assert.True(entries.Count > 10_000, $"{entries.Count} headwords");
        Assert.Equal("curtain", entries["cortina"][0]);
    }

    private static string Base64(int value)
    {
        const string digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var text = "";
        do
        {
            text = digits[value % 64] + text;
            value /= 64;
        }
        while (value > 0);
        return text;
    }
}
