using System.Globalization;
using System.Text.RegularExpressions;

namespace RagQa.Core.Analytics.Tools;

/// <summary>
/// Finds the numbers in a text written in Portuguese, English or Spanish: "1.234" and "1,234" (thousands), "3,68" and
/// "3.68" (decimals), "1.234,5", "26,4%", "26.4 %", "26 por cento". A separator followed by exactly three digits after at
/// most three is read both ways, since only the language tells them apart. Digits inside words ("mp3") and a list's
/// numbering at the start of a line ("1. ", "2) ") are not numbers of the answer.
/// </summary>
public static partial class NumberReader
{
    public static IReadOnlyList<WrittenNumber> Read(string text) => Number().Matches(ListNumbering().Replace(text, ""))
        .Select(m => new WrittenNumber(m.Value.Trim(), m.Groups["percent"].Success, Readings(m.Groups["number"].Value)))
        .ToList();

    /// <summary>The values digits with separators can stand for, with the decimals each shows.</summary>
    internal static IReadOnlyList<(double Value, int Decimals)> Readings(string number)
    {
        var (dot, comma) = (number.LastIndexOf('.'), number.LastIndexOf(','));
        if (dot < 0 && comma < 0) return [(Parse(number), 0)];
        if (dot >= 0 && comma >= 0)
        {
            // Both: the last one is the decimal separator, the other groups thousands.
            var (decimalMark, group) = dot > comma ? ('.', ',') : (',', '.');
            return [Decimal(number.Replace(group.ToString(), ""), decimalMark)];
        }
        var mark = dot >= 0 ? '.' : ',';
        var parts = number.Split(mark);
        var grouped = (Parse(string.Concat(parts)), 0);
        if (parts.Length > 2) return [grouped];
        if (parts[1].Length == 3 && parts[0].Length <= 3 && parts[0] != "0") return [grouped, Decimal(number, mark)];
        return [Decimal(number, mark)];
    }

    private static (double Value, int Decimals) Decimal(string number, char mark)
    {
        var at = number.IndexOf(mark);
        return (Parse(number.Replace(mark, '.')), number.Length - at - 1);
    }

    private static double Parse(string digits) => double.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>Digits with inner separators, not inside a word, and a percent sign or words after it.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<number>\d+(?:[.,]\d+)*)(?:(?<percent>[ \u00A0\u202F]?%|\s+(?:por\s+cento|por\s+ciento|percent|per\s+cent)\b)|(?![\p{L}\p{N}]))",
        RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    /// <summary>"1. ", "2) ", "- 3. " at the start of a line: an enumeration, not a figure.</summary>
    [GeneratedRegex(@"^[ \t]*(?:[-*•][ \t]*)?\d{1,2}[.)][ \t]", RegexOptions.Multiline)]
    private static partial Regex ListNumbering();
}
