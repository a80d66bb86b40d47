using RagQa.Core.Text;

namespace RagQa.Core.Retrieval.Lexicons;

/// <summary>
/// Entries of a Portuguese word list keyed by folded headword (users type with and without accents), found for a
/// word form through <see cref="PortugueseWordForms"/>.
/// </summary>
public sealed class FoldedLexicon
{
    private readonly Dictionary<string, IReadOnlyList<string>> _entries;

    /// <param name="entries">Headword and its words (translations or synonyms), best first; repeated headwords are merged in order.</param>
    public FoldedLexicon(IEnumerable<(string Headword, IReadOnlyList<string> Words)> entries)
    {
        var merged = new Dictionary<string, List<string>>();
        foreach (var (headword, words) in entries)
        {
            var key = TextFolding.Fold(headword);
            if (!merged.TryGetValue(key, out var list)) merged[key] = list = [];
            list.AddRange(words.Where(w => !list.Contains(w)));
        }
        _entries = merged.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value);
    }

    public int Count => _entries.Count;

    /// <summary>The words of the first headword the folded form may come from, or an empty list.</summary>
    public IReadOnlyList<string> Lookup(string folded)
    {
        foreach (var candidate in PortugueseWordForms.Candidates(folded))
        {
            if (_entries.TryGetValue(candidate, out var words)) return words;
        }
        return [];
    }
}
