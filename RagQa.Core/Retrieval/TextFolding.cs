using System.Globalization;
using System.Text;

namespace RagQa.Core.Retrieval;

/// <summary>Lower-cases and strips accents, so "Reclamação" and "reclamacao" compare equal.</summary>
internal static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
