using System.Globalization;
using System.Text;

namespace RagQa.Core.Embeddings;

/// <summary>
/// The text clean-up of Hugging Face's BERT <c>BasicTokenizer</c>: drops control characters, maps all
/// white space to spaces, optionally lower-cases and strips accents, and isolates punctuation and CJK
/// ideographs with spaces. The result splits on spaces into the words WordPiece expects. Microsoft.ML.Tokenizers'
/// own basic tokenization drops some ASCII symbols and splits emoji surrogates, so we do this step ourselves.
/// </summary>
internal static class BertBasicTokenizer
{
    public static string Normalize(string text, bool lowerCase, bool stripAccents, bool isolateCjk)
    {
        var source = text.Normalize(NormalizationForm.FormC);
        if (lowerCase) source = source.ToLowerInvariant();
        if (stripAccents) source = source.Normalize(NormalizationForm.FormD);

        var result = new StringBuilder(source.Length + 16);
        foreach (var rune in source.EnumerateRunes())
        {
            var value = rune.Value;
            var category = Rune.GetUnicodeCategory(rune);
            if (value is 0 or 0xFFFD) continue;
            if (value is ' ' or '\t' or '\n' or '\r' || category == UnicodeCategory.SpaceSeparator)
            {
                result.Append(' ');
                continue;
            }
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned) continue;
            if (stripAccents && category == UnicodeCategory.NonSpacingMark) continue;
            if (IsPunctuation(value, category) || (isolateCjk && IsCjk(value)))
            {
                result.Append(' ').Append(rune.ToString()).Append(' ');
                continue;
            }
            result.Append(rune.ToString());
        }
        return result.ToString();
    }

    /// <summary>BERT counts every non-alphanumeric ASCII character as punctuation, plus Unicode P* categories.</summary>
    private static bool IsPunctuation(int value, UnicodeCategory category) =>
        value is >= 33 and <= 47 or >= 58 and <= 64 or >= 91 and <= 96 or >= 123 and <= 126
        || category is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation;

    private static bool IsCjk(int value) =>
        value is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2A6DF
            or >= 0x2A700 and <= 0x2B73F or >= 0x2B740 and <= 0x2B81F or >= 0x2B820 and <= 0x2CEAF
            or >= 0xF900 and <= 0xFAFF or >= 0x2F800 and <= 0x2FA1F;
}
