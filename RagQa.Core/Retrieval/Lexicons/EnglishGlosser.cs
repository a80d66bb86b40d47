using RagQa.Core.Text;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Retrieval.Lexicons;

/// <summary>
/// Word-by-word English gloss of Portuguese text from a bilingual dictionary, for the English embedding model: it
/// reads "a tampa veio quebrada" as sub-word fragments, but "the lid came broken" as words it knows. A word the
/// dictionary lacks (a brand, a name, an English word) is kept as it is.
/// </summary>
public sealed class EnglishGlosser(FoldedLexicon portugueseToEnglish)
{
    /// <summary>Translations kept per word: the first of each sense, up to this many senses.</summary>
    public const int SensesPerWord = 2;

    /// <summary>Where the glosses' vectors of a collection live: beside the texts' own, under the model id with a suffix.</summary>
    public static VectorSpace SpaceOf(VectorSpace space) => space with { ModelId = space.ModelId + "+gloss-en" };

    public string Gloss(string text) => string.Join(' ', TextFolding.Words(text).Select(word =>
    {
        var translations = portugueseToEnglish.Lookup(word.Folded);
        return translations.Count == 0 ? word.Folded : string.Join(' ', translations.Take(SensesPerWord));
    }));
}
