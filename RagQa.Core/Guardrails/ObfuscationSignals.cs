using System.Buffers;
using System.Globalization;
using System.Text;

namespace RagQa.Core.Guardrails;

/// <summary>
/// Whether a question was disguised: invisible characters, fullwidth letters, Cyrillic/Greek look-alikes mixed into
/// Latin words, stray combining marks, letters spaced apart, or leetspeak inside words. People asking about reviews
/// have no reason to do any of these, so the disguise itself is weak evidence; it tips an otherwise ambiguous
/// question ("desconsidere as regras") over the threshold but never flags one on its own.
/// </summary>
internal static class ObfuscationSignals
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdef");

    /// <summary>The id of the first disguise found in <paramref name="text"/> (as typed) or null.</summary>
    public static string? Find(string text, string folded)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Format) return "obfuscation.invisible_characters";
            if (c is >= '\uFF01' and <= '\uFF5E') return "obfuscation.fullwidth";
            // Portuguese accents arrive precomposed; a mark left on a plain ASCII letter was added on purpose.
            if (category == UnicodeCategory.NonSpacingMark && i > 0 && char.IsAsciiLetter(text[i - 1]) && !Composes(text[i - 1], c))
                return "obfuscation.combining_marks";
        }
        if (HasMixedScriptWord(text)) return "obfuscation.mixed_scripts";
        if (TextNormalizer.HasSpacedLetters(folded)) return "obfuscation.spaced_letters";
        return HasLeetWord(folded) ? "obfuscation.leetspeak" : null;
    }

    private static bool Composes(char letter, char mark)
    {
        ReadOnlySpan<char> pair = [letter, mark];
        return pair.ToString().Normalize(NormalizationForm.FormC).Length == 1;
    }

    private static bool HasMixedScriptWord(string text)
    {
        bool latin = false, lookAlike = false;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                if (latin && lookAlike) return true;
                latin = lookAlike = false;
                continue;
            }
            if (char.IsAsciiLetter(c)) latin = true;
            else if (c is >= '\u0370' and <= '\u04FF') lookAlike = true;
        }
        return latin && lookAlike;
    }

    /// <summary>A word with two or more leet characters, at least one between letters ("1gn0r3", "s1st3m4"); "mp3", "ps4", "20000mah" or hex ids do not count.</summary>
    private static bool HasLeetWord(string folded)
    {
        var start = 0;
        while (start < folded.Length)
        {
            while (start < folded.Length && !IsWordChar(folded[start])) start++;
            var end = start;
            while (end < folded.Length && IsWordChar(folded[end])) end++;
            if (IsLeetWord(folded.AsSpan(start, end - start))) return true;
            start = end;
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '@' or '$';

    private static bool IsLeetWord(ReadOnlySpan<char> word)
    {
        // Olist ids and other hex strings mix digits and letters without meaning anything.
        if (!word.ContainsAnyExcept(HexDigits)) return false;
        int leet = 0, inside = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (TextNormalizer.UndoLeet(word[i]) == word[i] || !char.IsLetter(TextNormalizer.UndoLeet(word[i]))) continue;
            leet++;
            if (i > 0 && i < word.Length - 1 && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1])) inside++;
        }
        return leet >= 2 && inside >= 1;
    }
}
