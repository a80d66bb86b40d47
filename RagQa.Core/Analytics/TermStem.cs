using RagQa.Core.Text;

namespace RagQa.Core.Analytics;

/// <summary>
/// The stated definition of "a review mentions X": some word of its title or message, folded (lower case, no
/// accents), starts with the stem of X — X folded, one final "s" dropped, then one final a/e/o dropped if at least
/// four letters remain (atraso, atrasos → "atras"; entrega → "entreg"; defeito → "defeit"). Simple enough to state in
/// the answer and to recompute by hand, and it covers plural and gender.
/// </summary>
public static class TermStem
{
    public static string Of(string term)
    {
        var stem = TextFolding.Fold(term.Trim());
        if (stem.EndsWith('s')) stem = stem[..^1];
        if (stem.Length > 4 && stem[^1] is 'a' or 'e' or 'o') stem = stem[..^1];
        return stem;
    }

    /// <summary>Whether a stem is safe to put into a word-prefix pattern: letters and digits only.</summary>
    public static bool IsValid(string stem) => stem.Length >= 2 && stem.All(char.IsAsciiLetterOrDigit);
}
