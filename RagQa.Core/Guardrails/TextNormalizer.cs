using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace RagQa.Core.Guardrails;

/// <summary>
/// Canonical forms of text for matching. Attackers dodge keyword rules with look-alike letters (Cyrillic "а",
/// fullwidth "ｉ"), invisible characters, accents, leetspeak ("1gn0r3") and letters spaced apart ("i g n o r e");
/// folding all of these away once lets every rule be written once, in plain lowercase ASCII.
/// Pure and allocation-light: ASCII lowercase input comes back as the same instance from <see cref="Fold"/>.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Shortest run of one-character tokens that is taken for a spaced-out word and joined.</summary>
    public const int SpacedLetterRunMinimum = 3;

    private const int StackBufferLimit = 512;

    private static readonly SearchValues<char> Joiners = SearchValues.Create("-_.*|~^+'");

    // Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional ("ị", "ẹ") folded to their base letter,
    // computed once from Unicode's own decompositions rather than a hand-typed table that would miss letters.
    private const int LatinFoldEnd = 0x1F00;
    private static readonly char[] LatinFold = BuildLatinFold();

    // Cyrillic and Greek letters that render like Latin ones, plus Latin letters with no canonical decomposition.
    private static readonly FrozenDictionary<char, char> Confusables = new Dictionary<char, char>
    {
        ['а'] = 'a',
        ['А'] = 'a',
        ['в'] = 'b',
        ['В'] = 'b',
        ['с'] = 'c',
        ['С'] = 'c',
        ['ԁ'] = 'd',
        ['е'] = 'e',
        ['Е'] = 'e',
        ['ё'] = 'e',
        ['Ё'] = 'e',
        ['һ'] = 'h',
        ['Н'] = 'h',
        ['н'] = 'h',
        ['і'] = 'i',
        ['І'] = 'i',
        ['ї'] = 'i',
        ['Ї'] = 'i',
        ['ј'] = 'j',
        ['Ј'] = 'j',
        ['к'] = 'k',
        ['К'] = 'k',
        ['ӏ'] = 'l',
        ['Ӏ'] = 'l',
        ['м'] = 'm',
        ['М'] = 'm',
        ['о'] = 'o',
        ['О'] = 'o',
        ['р'] = 'p',
        ['Р'] = 'p',
        ['ԛ'] = 'q',
        ['г'] = 'r',
        ['ѕ'] = 's',
        ['Ѕ'] = 's',
        ['т'] = 't',
        ['Т'] = 't',
        ['υ'] = 'u',
        ['ѵ'] = 'v',
        ['ԝ'] = 'w',
        ['Ԝ'] = 'w',
        ['х'] = 'x',
        ['Х'] = 'x',
        ['у'] = 'y',
        ['У'] = 'y',
        ['Ү'] = 'y',
        ['ү'] = 'y',
        ['α'] = 'a',
        ['Α'] = 'a',
        ['β'] = 'b',
        ['Β'] = 'b',
        ['ε'] = 'e',
        ['Ε'] = 'e',
        ['Ζ'] = 'z',
        ['η'] = 'n',
        ['Η'] = 'h',
        ['ι'] = 'i',
        ['Ι'] = 'i',
        ['κ'] = 'k',
        ['Κ'] = 'k',
        ['Μ'] = 'm',
        ['ν'] = 'v',
        ['Ν'] = 'n',
        ['ο'] = 'o',
        ['Ο'] = 'o',
        ['ρ'] = 'p',
        ['Ρ'] = 'p',
        ['τ'] = 't',
        ['Τ'] = 't',
        ['Υ'] = 'y',
        ['χ'] = 'x',
        ['Χ'] = 'x',
        ['ω'] = 'w',
        ['ς'] = 's',
        ['ı'] = 'i',
        ['ł'] = 'l',
        ['Ł'] = 'l',
        ['ø'] = 'o',
        ['Ø'] = 'o',
        ['đ'] = 'd',
        ['Đ'] = 'd',
        ['ħ'] = 'h',
        ['ŧ'] = 't',
        ['ɑ'] = 'a',
        ['ɡ'] = 'g',
        ['ɩ'] = 'i',
        ['ɪ'] = 'i',
        ['ʀ'] = 'r',
        ['ѡ'] = 'w',
        ['ԍ'] = 'g',
    }.ToFrozenDictionary();

    /// <summary>
    /// NFKC (fullwidth and styled letters become plain ones), drops invisible format characters and combining marks
    /// (zero-width spaces, soft hyphens, accents), maps Cyrillic/Greek look-alikes to Latin, lowercases, and folds
    /// accented Latin letters to their base letter. Punctuation, digits and spacing are kept, so offsets stay
    /// meaningful to a reader even though they are not preserved exactly.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Ascii.IsValid(text) && !text.AsSpan().ContainsAnyInRange('A', 'Z')) return text;

        var composed = ComposeCompatibility(text);
        char[]? rented = null;
        var buffer = composed.Length <= StackBufferLimit
            ? stackalloc char[StackBufferLimit]
            : (rented = ArrayPool<char>.Shared.Rent(composed.Length));
        try
        {
            var length = 0;
            foreach (var c in composed)
            {
                if (FoldChar(c) is var folded and not '\0') buffer[length++] = folded;
            }
            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The matching form used by the prompt-injection rules: <see cref="Fold"/>, then words made of letters and
    /// digits separated by single spaces (punctuation becomes a space), runs of at least
    /// <see cref="SpacedLetterRunMinimum"/> one-character tokens joined ("i g n o r e" → "ignore"), and leetspeak
    /// undone inside words that contain a letter ("1gn0r3" → "ignore", while "5 estrelas" keeps its 5).
    /// With <paramref name="joinWordPunctuation"/>, punctuation between two letters or digits (<c>- _ . * | ~ ^ + '</c>)
    /// joins them instead of separating them ("ig-no-re" → "ignore", "e-mail" → "email"); callers match both forms
    /// because "chegou.Ignore" must stay two words.
    /// </summary>
    public static string Canonicalize(string text, bool joinWordPunctuation = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CanonicalizeFolded(Fold(text), joinWordPunctuation);
    }

    /// <summary>Whether <see cref="Canonicalize"/> with joinWordPunctuation could differ for this folded text.</summary>
    internal static bool HasWordPunctuation(string folded) => folded.AsSpan().ContainsAny(Joiners);

    /// <summary>
    /// Whether the folded text holds a word spelled out letter by letter (see <see cref="Canonicalize"/>). Short runs
    /// such as "c.p.f", "s.a.c" or an emphatic "N Ã O" are ordinary writing and do not count.
    /// </summary>
    internal static bool HasSpacedLetters(string folded)
    {
        var position = 0;
        while (NextToken(folded, joinWordPunctuation: false, ref position, out var start, out var end))
        {
            // "notas 1*, 2*, 3*, 4* e 5*": a list of digits is a list of scores, not a word spelt out.
            if (end - start == 1 && IsSpacedLetterRun(folded, start, out var runEnd) && runEnd - start > 2 * SpacedLetterRunMinimum
                && folded.AsSpan(start, runEnd - start).ContainsAnyInRange('a', 'z')) return true;
        }
        return false;
    }

    /// <summary><see cref="Canonicalize"/> for text that is already <see cref="Fold"/>ed.</summary>
    internal static string CanonicalizeFolded(string folded, bool joinWordPunctuation)
    {
        var builder = new StringBuilder(folded.Length);
        var position = 0;
        while (NextToken(folded, joinWordPunctuation, ref position, out var start, out var end))
        {
            if (end - start == 1 && IsSpacedLetterRun(folded, start, out var runEnd)) end = position = runEnd;
            AppendWord(builder, folded.AsSpan(start, end - start));
        }
        return builder.ToString();
    }

    /// <summary>The leetspeak reading of one character: 1→i, 0→o, 3→e, 4→a, 5→s, 7→t, 8→b, @→a, $→s; others unchanged.</summary>
    public static char UndoLeet(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '@' => 'a',
        '$' => 's',
        _ => c,
    };

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '@' or '$';

    private static bool NextToken(string text, bool joinWordPunctuation, ref int position, out int start, out int end)
    {
        while (position < text.Length && !IsTokenChar(text[position])) position++;
        start = position;
        while (position < text.Length)
        {
            if (IsTokenChar(text[position])) position++;
            else if (joinWordPunctuation && Joiners.Contains(text[position]) && position + 1 < text.Length && IsTokenChar(text[position + 1])) position += 2;
            else break;
        }
        end = position;
        return end > start;
    }

    /// <summary>
    /// A spaced-out word is a run of one-character tokens with the same separator between each ("i g n o r e",
    /// "c.p.f"). Requiring the same separator keeps real one-letter words out of it: in "o c.p.f" the "o" stays a word,
    /// and in "i g n o r e   a s" the wider gap ends the first word. Two letters count only when wider gaps enclose
    /// them ("a s" in "i g n o r e   a s   r e g r a s"), since "é o" in ordinary text has the same gaps all round.
    /// </summary>
    private static bool IsSpacedLetterRun(string text, int start, out int runEnd)
    {
        runEnd = start + 1;
        var separator = ReadOnlySpan<char>.Empty;
        var count = 1;
        var position = runEnd;
        while (NextToken(text, joinWordPunctuation: false, ref position, out var tokenStart, out var tokenEnd) && tokenEnd - tokenStart == 1)
        {
            var gap = text.AsSpan(runEnd, tokenStart - runEnd);
            if (count == 1) separator = gap;
            else if (!gap.SequenceEqual(separator)) break;
            count++;
            runEnd = tokenEnd;
        }
        if (count >= SpacedLetterRunMinimum) return true;
        if (count < 2) return false;
        var gapStart = start;
        while (gapStart > 0 && !IsTokenChar(text[gapStart - 1])) gapStart--;
        var gapEnd = runEnd;
        while (gapEnd < text.Length && !IsTokenChar(text[gapEnd])) gapEnd++;
        var gapBefore = text.AsSpan(gapStart, start - gapStart);
        var gapAfter = text.AsSpan(runEnd, gapEnd - runEnd);
        return gapBefore.Length > 0 && gapAfter.Length > 0 && !gapBefore.SequenceEqual(separator) && !gapAfter.SequenceEqual(separator);
    }

    /// <summary>Appends the token characters of <paramref name="range"/> as one word (separators inside are skipped).</summary>
    private static void AppendWord(StringBuilder builder, ReadOnlySpan<char> range)
    {
        if (builder.Length > 0) builder.Append(' ');
        // Only words that already contain a letter are read as leetspeak: "pr0mpt" is a word, "2018" is a number.
        var hasLetter = false;
        foreach (var c in range)
        {
            if (char.IsLetter(c)) { hasLetter = true; break; }
        }
        foreach (var c in range)
        {
            if (!IsTokenChar(c)) continue;
            builder.Append(hasLetter || c is '@' or '$' ? UndoLeet(c) : c);
        }
    }

    private static char FoldChar(char c)
    {
        if (c < 0x80) return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark:
                return '\0';
            case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                return ' ';
            case UnicodeCategory.Control:
                return char.IsWhiteSpace(c) ? ' ' : '\0';
        }
        if (Confusables.TryGetValue(c, out var latin)) return latin;
        var lower = char.ToLowerInvariant(c);
        return lower < LatinFold.Length ? LatinFold[lower] : lower;
    }

    private static string ComposeCompatibility(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates make normalisation throw; replace them rather than let a malformed question through unfolded.
            return ReplaceLoneSurrogates(text).Normalize(NormalizationForm.FormKC);
        }
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static char[] BuildLatinFold()
    {
        var table = new char[LatinFoldEnd];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            table[i] = c;
            if (c is < '\u00C0' or (>= '\u0250' and < '\u1E00')) continue;
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && decomposed[0] < 0x80 && char.IsLetter(decomposed[0])) table[i] = decomposed[0];
        }
        return table;
    }
}
