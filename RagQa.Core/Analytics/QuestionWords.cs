using RagQa.Core.Text;

namespace RagQa.Core.Analytics;

/// <summary>
/// The folded words of a question with a mark on each one some part of the analysis plan used, so that what is
/// left can be reported. Patterns are words, or prefixes ending in <c>*</c>; a phrase is matched word by word.
/// Longer misspelt words of <see cref="AnalysisVocabulary"/> are corrected first (one edit), and said so.
/// </summary>
public sealed class QuestionWords
{
    private readonly List<string> _words;
    private readonly bool[] _used;
    private readonly bool[] _names;

    public QuestionWords(string question)
    {
        var corrections = new List<string>();
        var spans = TextFolding.Words(question);
        _words = spans.Select(w => Correct(w.Folded, corrections)).ToList();
        _names = spans.Select((w, i) => i > 0 && char.IsUpper(question[w.Start])).ToArray();
        _used = new bool[_words.Count];
        Corrections = corrections;
    }

    public IReadOnlyList<string> Words => _words;

    /// <summary>"negatvas → negativas" for each word read as another.</summary>
    public IReadOnlyList<string> Corrections { get; }

    public bool IsUsed(int index) => _used[index];

    /// <summary>Capitalised inside the question ("clientes de Curitiba"): a name, likely a condition the reviews cannot be filtered by.</summary>
    public bool IsName(int index) => _names[index];

    public void Use(int index, int count = 1)
    {
        for (var i = index; i < index + count; i++) _used[i] = true;
    }

    /// <summary>The index where <paramref name="phrase"/> first matches unused words, or -1.</summary>
    public int Find(params string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= _words.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Length && all; j++) all = !_used[i + j] && Matches(_words[i + j], phrase[j]);
            if (all) return i;
        }
        return -1;
    }

    /// <summary>Marks the first match of any of the phrases as used; true when one matched.</summary>
    public bool Take(IEnumerable<string[]> phrases)
    {
        foreach (var phrase in phrases)
        {
            var at = Find(phrase);
            if (at < 0) continue;
            Use(at, phrase.Length);
            return true;
        }
        return false;
    }

    /// <summary>Marks every unused word matching one of the patterns as used; true when any did.</summary>
    public bool TakeEvery(IEnumerable<string> patterns)
    {
        var list = patterns.ToList();
        var any = false;
        for (var i = 0; i < _words.Count; i++)
        {
            if (_used[i] || !list.Any(p => Matches(_words[i], p))) continue;
            _used[i] = true;
            any = true;
        }
        return any;
    }

    public bool Has(IEnumerable<string> patterns) => _words.Any(w => patterns.Any(p => Matches(w, p)));

    public static bool Matches(string word, string pattern) =>
        pattern.EndsWith('*') ? word.StartsWith(pattern[..^1], StringComparison.Ordinal) : word == pattern;

    private static string Correct(string word, List<string> corrections)
    {
        if (word.Length < 5 || word.Any(char.IsDigit) || AnalysisVocabulary.IsKnown(word)) return word;
        var match = AnalysisVocabulary.CorrectionTargets.FirstOrDefault(target => OneEditApart(word, target));
        if (match is null) return word;
        corrections.Add($"{word} → {match}");
        return match;
    }

    /// <summary>Damerau–Levenshtein distance of exactly one: one letter inserted, deleted, replaced, or two swapped.</summary>
    public static bool OneEditApart(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            if (a[(i + 1)..] == b[(i + 1)..]) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..];
        }
        return a.Length > b.Length ? a[(i + 1)..] == b[i..] : a[i..] == b[(i + 1)..];
    }
}
