using RagQa.Core.Text;

namespace RagQa.Core.Retrieval.Lexicons;

/// <summary>
/// Portuguese synonyms of a question's words from a thesaurus, for full-text search to match a review that says
/// "trincado" when the question says "rachado". Words shorter than <see cref="MinimumWordLength"/> (articles,
/// prepositions, "não") are not expanded.
/// </summary>
public sealed class SynonymExpander(FoldedLexicon thesaurus, int synonymsPerWord)
{
    public const int MinimumWordLength = 4;

    /// <summary>The synonyms, each once and none already a word of the question.</summary>
    public IReadOnlyList<string> Expand(string question)
    {
        var words = TextFolding.Words(question).Select(w => w.Folded).ToHashSet();
        return words.Where(w => w.Length >= MinimumWordLength)
            .SelectMany(w => thesaurus.Lookup(w).Take(synonymsPerWord))
            .Where(s => !words.Contains(TextFolding.Fold(s)))
            .Distinct()
            .ToList();
    }
}
