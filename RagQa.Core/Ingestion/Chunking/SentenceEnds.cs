using System.Collections.Frozen;

namespace RagQa.Core.Ingestion.Chunking;

/// <summary>Whether a word (a run of text without spaces) ends a Portuguese or English sentence.</summary>
internal static class SentenceEnds
{
    /// <summary>Common abbreviations whose period does not end a sentence (compared without the period, ignoring case).</summary>
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        // Portuguese titles, addresses, references, units of measure and months that are not also common words.
        "sr", "sra", "srs", "sras", "srta", "dr", "dra", "drs", "dras", "prof", "profa", "profs", "eng", "enga", "arq",
        "exmo", "exma", "exa", "sto", "sta", "av", "pça", "cia", "ltda", "nº", "núm", "num", "pág", "pag", "págs", "pp",
        "cap", "vol", "ed", "obs", "tel", "cel", "fl", "fls", "aprox", "etc", "cf", "vs", "máx", "mín", "qtd", "qtde",
        "hr", "hrs", "seg", "jan", "fev", "abr", "jun", "jul", "ago", "nov", "dez",
        // English.
        "mr", "mrs", "ms", "st", "jr", "inc", "ltd", "co", "corp", "approx", "dept", "est", "fig",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsSentenceEnd(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd("\"')]}»”’");
        if (word.IsEmpty) return false;
        if (word[^1] is '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉' or '。' or '！' or '？') return true;
        if (word[^1] != '.') return false;
        if (word.Length >= 2 && word[^2] == '.') return true; // "..." closes a sentence too
        var core = word[..^1].TrimStart("\"'([{«“‘");
        if (core.IsEmpty) return true;
        if (core.Length == 1 && char.IsLetter(core[0])) return false; // an initial: "J. Silva"
        if (core.Contains('.')) return false; // "e.g.", "i.e.", "U.S."
        return !AbbreviationLookup.Contains(core);
    }
}
