using System.Globalization;
using System.Text;

namespace RagQa.Core.Text;

/// <summary>
/// Accent- and case-folding, the way Postgres' <c>unaccent</c> + lower-case sees text: "Reclamação" and
/// "reclamacao" fold alike. Users type Portuguese with and without accents, so every comparison the
/// answering code makes between words goes through here.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(ch));
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words (runs of letters and digits) of <paramref name="text"/>, with their positions in it.</summary>
    public static IReadOnlyList<WordSpan> Words(string text)
    {
        var words = new List<WordSpan>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(new WordSpan(start, i - start, Fold(text[start..i])));
                start = -1;
            }
        }
        return words;
    }

    private static bool IsWordChar(char ch) =>
        char.IsLetterOrDigit(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
