using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>
/// Undoes the ways personal data gets written around the detectors' patterns, keeping the way back to the original:
/// NFKC per character (fullwidth "５２９", "＠"), invisible format characters dropped (zero-width spaces, soft hyphens,
/// BOM), every space separator (NBSP, thin space) read as a space, every dash (‐ ‑ – — −) as "-", and spelled-out
/// e-mail punctuation ("[at]", "(arroba)", " arroba ", "[dot]", "(ponto)") as "@" and ".". Letters are not folded
/// (names keep their accents). Plain ASCII text without brackets or "arroba" is returned untouched.
/// </summary>
public static partial class PiiTextNormalizer
{
    private static readonly SearchValues<char> SpelledPunctuationStarts = SearchValues.Create("[({aA");

    public static DetectionText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Ascii.IsValid(text) && !MaySpellPunctuation(text)) return new DetectionText(text);

        var builder = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        var spelled = SpelledPunctuation().Match(text);
        for (var i = 0; i < text.Length;)
        {
            while (spelled.Success && spelled.Index < i) spelled = spelled.NextMatch();
            if (spelled.Success && spelled.Index == i)
            {
                Append(spelled.Groups["at"].Success ? "@" : ".", i, i + spelled.Length);
                i += spelled.Length;
                continue;
            }
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            Append(NormalizeCodePoint(text.AsSpan(i, width)), i, i + width);
            i += width;
        }
        return new DetectionText(builder.ToString(), [.. starts], [.. ends]);

        void Append(ReadOnlySpan<char> value, int start, int end)
        {
            builder.Append(value);
            for (var k = 0; k < value.Length; k++)
            {
                starts.Add(start);
                ends.Add(end);
            }
        }
    }

    /// <summary>The detection form of one code point: empty for format characters, "-" for dashes, " " for spaces, else its NFKC form.</summary>
    internal static string NormalizeCodePoint(ReadOnlySpan<char> codePoint)
    {
        var c = codePoint[0];
        if (codePoint.Length == 1 && c < 0x80) return c.ToString();
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint.ToString(), 0);
        switch (category)
        {
            case UnicodeCategory.Format:
                return "";
            case UnicodeCategory.SpaceSeparator:
                return " ";
            case UnicodeCategory.DashPunctuation:
                return "-";
        }
        if (c == '\u2212') return "-"; // the minus sign is a math symbol, but reads as a dash in "529−982"
        var value = codePoint.ToString();
        try
        {
            return value.IsNormalized(NormalizationForm.FormKC) ? value : value.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return value; // a lone surrogate: nothing to compose, and nothing a detector reads
        }
    }

    private static bool MaySpellPunctuation(string text) =>
        text.AsSpan().ContainsAny(SpelledPunctuationStarts) && SpelledPunctuation().IsMatch(text);

    // Bracketed forms are unambiguous; a bare " arroba " only between two words (nobody writes it in a review otherwise).
    [GeneratedRegex(
        @"[ \t]*[\[({][ \t]*(?:(?<at>at|arroba|@)|dot|ponto|\.)[ \t]*[\])}][ \t]*|(?<=[\p{L}\p{N}._-])[ \t]+(?<at>arroba)[ \t]+(?=[\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex SpelledPunctuation();
}
