using RagQa.Core.Text;

namespace RagQa.Core.Retrieval.Lexicons;

/// <summary>
/// Portuguese words for the English words of a question, from the Portuguese–English dictionary read backwards
/// ("curtain" → "cortina"), so that full-text search over Portuguese reviews has something to match. A word the
/// dictionary knows as Portuguese ("real", "total") is left alone: it is most likely part of a Portuguese question.
/// </summary>
public sealed class PortugueseTranslator
{
    private readonly FoldedLexicon _portugueseToEnglish;
    private readonly FoldedLexicon _englishToPortuguese;

    public PortugueseTranslator(IReadOnlyList<(string Headword, IReadOnlyList<string> Translations)> portugueseToEnglish, int wordsPerTranslation)
    {
        _portugueseToEnglish = new FoldedLexicon(portugueseToEnglish);
        _englishToPortuguese = new FoldedLexicon(portugueseToEnglish
            .SelectMany(entry => entry.Translations.Where(t => !t.Contains(' ')).Select(t => (English: t, Portuguese: entry.Headword)))
            .GroupBy(pair => pair.English, StringComparer.OrdinalIgnoreCase)
            .Select(group => (group.Key, (IReadOnlyList<string>)group.Select(pair => pair.Portuguese).Distinct().Take(wordsPerTranslation).ToList())));
    }

    /// <summary>Portuguese words for the question's English words of <see cref="SynonymExpander.MinimumWordLength"/> letters or more, each once.</summary>
    public IReadOnlyList<string> Translate(string question) =>
        TextFolding.Words(question)
            .Where(w => w.Folded.Length >= SynonymExpander.MinimumWordLength && _portugueseToEnglish.Lookup(w.Folded).Count == 0)
            .SelectMany(w => _englishToPortuguese.Lookup(w.Folded))
            .Distinct()
            .ToList();
}
