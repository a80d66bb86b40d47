using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>
/// CNPJ (Brazilian company registration): 14 digits, bare or as 00.000.000/0000-00, validated by its two mod-11
/// check digits. The alphanumeric CNPJ that Receita Federal issues from July 2026 (IN RFB 2.229/2024:
/// 12 characters A–Z/0–9 plus 2 check digits) is accepted in its punctuated form only, where the punctuation
/// itself keeps random letter-and-digit codes from matching.
/// </summary>
public sealed partial class CnpjDetector : IPiiDetector
{
    private static readonly int[] FirstWeights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    private static readonly int[] SecondWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

    public PiiKind Kind => PiiKind.Cnpj;

    public void Detect(string text, List<PiiMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var candidate in Candidates().EnumerateMatches(text))
        {
            if (IsValid(text.AsSpan(candidate.Index, candidate.Length))) matches.Add(new PiiMatch(PiiKind.Cnpj, candidate.Index, candidate.Length));
        }
    }

    /// <summary>Whether <paramref name="cnpj"/> (punctuation ignored) is a valid numeric or alphanumeric CNPJ.</summary>
    public static bool IsValid(ReadOnlySpan<char> cnpj)
    {
        Span<int> values = stackalloc int[14];
        var count = 0;
        foreach (var c in cnpj)
        {
            if (c is '.' or '/' or '-') continue;
            // Alphanumeric CNPJ: a character is worth its ASCII code minus 48, so digits keep their value and A = 17.
            if (!(char.IsAsciiDigit(c) || (char.IsAsciiLetterUpper(c) && count < 12)) || count == 14) return false;
            values[count++] = c - '0';
        }
        if (count != 14 || PiiPatterns.AllSame(values)) return false;
        return values[12] == CheckDigit(values[..12], FirstWeights) && values[13] == CheckDigit(values[..13], SecondWeights);
    }

    private static int CheckDigit(ReadOnlySpan<int> values, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < values.Length; i++) sum += values[i] * weights[i];
        var remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    [GeneratedRegex(
        PiiPatterns.NumberStart +
        "(?:[0-9]{2}\\.?[0-9]{3}\\.?[0-9]{3}/?[0-9]{4}-?[0-9]{2}|[0-9A-Z]{2}\\.[0-9A-Z]{3}\\.[0-9A-Z]{3}/[0-9A-Z]{4}-[0-9]{2})" +
        PiiPatterns.NumberEnd,
        RegexOptions.CultureInvariant)]
    private static partial Regex Candidates();
}
