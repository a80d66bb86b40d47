using System.Globalization;

namespace RagQa.Core.Analytics;

/// <summary>A small whole number written in digits or as a word, in Portuguese, English or Spanish ("5", "cinco", "three", "doce").</summary>
public static class NumberWords
{
    private static readonly string[][] Names =
    [
        ["um", "uma", "one", "uno", "una"], ["dois", "duas", "two", "dos"], ["tres", "three"], ["quatro", "four", "cuatro"],
        ["cinco", "five"], ["seis", "six"], ["sete", "seven", "siete"], ["oito", "eight", "ocho"], ["nove", "nine", "nueve"],
        ["dez", "ten", "diez"], ["onze", "eleven", "once"], ["doze", "twelve", "doce"],
    ];

    /// <summary>The number a folded word states, or null.</summary>
    public static int? Of(string word)
    {
        if (word.Length > 0 && word.All(char.IsAsciiDigit))
        {
            return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        }
        var at = Array.FindIndex(Names, names => names.Contains(word));
        return at < 0 ? null : at + 1;
    }
}
