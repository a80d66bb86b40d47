using System.Buffers;
using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>
/// Payment card numbers: 13–19 digits, bare or grouped with spaces, dots or dashes, that pass the Luhn check and start
/// like a real card (2221–2720 Mastercard, or 3, 4, 5, 6: Amex/Diners, Visa/Elo, Mastercard/Elo, Elo/Hipercard/Discover).
/// A run of digit groups is trimmed of short groups at its ends ("2 4111 1111 1111 1111 12x") before checking, and a
/// longer run (an NF-e access key, a boleto line) is rejected whole rather than searched for a Luhn-valid window,
/// which about one window in ten would pass by chance.
/// </summary>
public sealed partial class PaymentCardDetector : IPiiDetector
{
    private const int MinDigits = 13;
    private const int MaxDigits = 19;
    private const int MinEdgeGroup = 3;

    private static readonly SearchValues<char> Separators = SearchValues.Create(" -.");

    public PiiKind Kind => PiiKind.PaymentCard;

    public void Detect(string text, List<PiiMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var run in DigitGroups().EnumerateMatches(text))
        {
            if (run.Length < MinDigits) continue;
            var (start, end) = TrimShortEdgeGroups(text.AsSpan(run.Index, run.Length));
            if (end > start && IsValid(text.AsSpan(run.Index + start, end - start)))
                matches.Add(new PiiMatch(PiiKind.PaymentCard, run.Index + start, end - start));
        }
    }

    /// <summary>Whether <paramref name="number"/> (spaces, dots and dashes ignored) is a plausible, Luhn-valid card number.</summary>
    public static bool IsValid(ReadOnlySpan<char> number)
    {
        Span<int> digits = stackalloc int[MaxDigits];
        var count = 0;
        foreach (var c in number)
        {
            if (c is ' ' or '-' or '.') continue;
            if (!char.IsAsciiDigit(c) || count == MaxDigits) return false;
            digits[count++] = c - '0';
        }
        digits = digits[..count];
        return count >= MinDigits && HasCardPrefix(digits) && !PiiPatterns.AllSame(digits) && IsLuhnValid(digits);
    }

    /// <summary>The Luhn (mod 10) check used by every card scheme.</summary>
    public static bool IsLuhnValid(ReadOnlySpan<int> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i];
            if (i % 2 == 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static bool HasCardPrefix(ReadOnlySpan<int> digits)
    {
        if (digits[0] is >= 3 and <= 6) return true;
        if (digits[0] != 2) return false;
        var prefix = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
        return prefix is >= 2221 and <= 2720;
    }

    private static (int Start, int End) TrimShortEdgeGroups(ReadOnlySpan<char> run)
    {
        var start = 0;
        var end = run.Length;
        while (start < end)
        {
            var separator = run[start..end].IndexOfAny(Separators);
            if (separator < 0 || separator >= MinEdgeGroup) break;
            start += separator + 1;
        }
        while (end > start)
        {
            var separator = run[start..end].LastIndexOfAny(Separators);
            if (separator < 0 || end - (start + separator + 1) >= MinEdgeGroup) break;
            end = start + separator;
        }
        return (start, end);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])[0-9]+(?:[ .-][0-9]+)*(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitGroups();
}
