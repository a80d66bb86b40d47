using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>
/// Brazilian phone numbers: optional +55, an area code (DDD) with or without parentheses, and an 8-digit landline
/// or 9-digit mobile number, with or without spaces, dots and dashes ("(11) 98765-4321", "+55 11 987654321",
/// "11987654321", "(21) 3456-7890"). The DDD must be one Anatel actually assigned, which rejects most look-alike
/// digit runs. Without a DDD only the unmistakable mobile form "98765-4321" counts, or any 8/9-digit number right
/// after a word such as "telefone", "celular" or "WhatsApp"; a bare "3456-7890" could be a part number or a year range.
/// International numbers are recognised by their leading "+" and country code ("+351 912 345 678", "+1 (415) 555-0100")
/// when they hold 8 to 15 digits in all (the E.164 limit); nobody writes a price or a quantity that way.
/// </summary>
public sealed partial class PhoneDetector : IPiiDetector
{
    private static readonly FrozenSet<int> AreaCodes = new[]
    {
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38,
        41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69,
        71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99,
    }.ToFrozenSet();

    public PiiKind Kind => PiiKind.Phone;

    public void Detect(string text, List<PiiMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        // International numbers first: "+54 9 11 2345-6789" holds a Brazilian-looking "11 2345-6789", and "+55 11
        // 98765-4321" is found by both; the whole "+" number is the one match.
        var firstOfThisCall = matches.Count;
        foreach (var candidate in International().EnumerateMatches(text))
        {
            if (IsInternationalLength(text.AsSpan(candidate.Index, candidate.Length))) matches.Add(new PiiMatch(PiiKind.Phone, candidate.Index, candidate.Length));
        }
        var international = matches.Count;
        for (var match = WithAreaCode().Match(text); match.Success; match = match.NextMatch())
        {
            var areaCode = match.Groups["ddd"];
            if ((!areaCode.Success || IsAreaCode(areaCode.ValueSpan)) && !Overlaps(matches, firstOfThisCall, international, match.Index, match.Length))
            {
                matches.Add(new PiiMatch(PiiKind.Phone, match.Index, match.Length));
            }
        }
        for (var match = AfterContextWord().Match(text); match.Success; match = match.NextMatch())
        {
            var number = match.Groups["number"];
            if (!LooksLikeYearRange(number.ValueSpan) && !Overlaps(matches, firstOfThisCall, international, number.Index, number.Length))
            {
                matches.Add(new PiiMatch(PiiKind.Phone, number.Index, number.Length));
            }
        }
    }

    private static bool Overlaps(List<PiiMatch> matches, int from, int to, int index, int length)
    {
        for (var i = from; i < to; i++)
        {
            if (matches[i].Index < index + length && index < matches[i].End) return true;
        }
        return false;
    }

    /// <summary>Whether a "+"-prefixed number has as many digits as an E.164 number can (8–15 with the country code).</summary>
    public static bool IsInternationalLength(ReadOnlySpan<char> number)
    {
        var digits = 0;
        foreach (var c in number) digits += char.IsAsciiDigit(c) ? 1 : 0;
        return digits is >= MinInternationalDigits and <= MaxInternationalDigits;
    }

    private const int MinInternationalDigits = 8;
    private const int MaxInternationalDigits = 15;

    /// <summary>Whether the two digits are a Brazilian area code (DDD) in service.</summary>
    public static bool IsAreaCode(ReadOnlySpan<char> twoDigits) =>
        twoDigits.Length == 2 && char.IsAsciiDigit(twoDigits[0]) && char.IsAsciiDigit(twoDigits[1])
        && AreaCodes.Contains((twoDigits[0] - '0') * 10 + twoDigits[1] - '0');

    // "2015-2018" after "celular" is a model-year range, not a number to call.
    private static bool LooksLikeYearRange(ReadOnlySpan<char> number) =>
        number.Length == 9 && number[4] == '-' && IsYear(number[..4]) && IsYear(number[5..]);

    private static bool IsYear(ReadOnlySpan<char> digits) => digits.StartsWith("19") || digits.StartsWith("20");

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_+]|[0-9][.,/-])" +
        @"(?:" +
            @"(?:\+[ \u00A0]?55[ \u00A0.-]?|55[ \u00A0.-]?)?" +
            @"(?:\([ \u00A0]?(?:0(?:[xX]{2})?)?(?<ddd>[1-9]{2})[ \u00A0]?\)|(?:0(?:[xX]{2})?)?(?<ddd>[1-9]{2}))" +
            @"[ \u00A0.-]?(?:9[ \u00A0.]?[0-9]{4}|[2-9][0-9]{3})[ \u00A0.-]?[0-9]{4}" +
        @"|" +
            @"9[ \u00A0]?[0-9]{4}-[0-9]{4}" +
        @")" +
        PiiPatterns.NumberEnd,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WithAreaCode();

    [GeneratedRegex(
        @"\b(?:tel|telefone|fone|celular|cel|whats ?app|whats|zap|wpp|contato|ligue|ligar|phone|mobile)\b[^0-9\n]{0,15}?" +
        @"(?<![\p{L}\p{N}_+]|[0-9][.,/-])(?<number>[2-9][0-9]{3,4}[ .-]?[0-9]{4})" + PiiPatterns.NumberEnd,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex AfterContextWord();

    [GeneratedRegex(
        // Digit runs are atomic and a separator is required between them, so there is one way to read a number (linear).
        @"(?<![\p{L}\p{N}_+])\+[1-9](?>[0-9]*)(?:(?:[ .-]|[ ]?\()(?>[0-9]+)\)?){0,6}" + PiiPatterns.NumberEnd,
        RegexOptions.CultureInvariant)]
    private static partial Regex International();
}
