namespace RagQa.Core.Retrieval.Lexicons;

/// <summary>
/// Where the word lists of query expansion and English glossing are read from: files of Debian packages that
/// scripts/install.sh installs (<c>mythes-pt-br</c>, <c>dict-freedict-por-eng</c>). Section <c>Lexicons</c>.
/// </summary>
public sealed class LexiconOptions
{
    public const string Section = "Lexicons";

    public string ThesaurusPath { get; set; } = "/usr/share/mythes/th_pt_BR.dat";

    public string DictionaryIndexPath { get; set; } = "/usr/share/dictd/freedict-por-eng.index";

    public string DictionaryPath { get; set; } = "/usr/share/dictd/freedict-por-eng.dict.dz";
}
