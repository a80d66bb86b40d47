using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>
/// CPF (Brazilian individual taxpayer number): 11 digits, bare or grouped 3-3-3-2 by dots, dashes, slashes or spaces
/// (000.000.000-00, 000-000-000-00, 000/000/000-00), accepted only when both check
/// digits are right and the digits are not all the same. The checksum is what separates a CPF from any other
/// 11-digit number (about 1 in 100 random numbers passes), so no context words are needed.
/// </summary>
public sealed partial class CpfDetector : IPiiDetector
{
    public PiiKind Kind => PiiKind.Cpf;

    public void Detect(string text, List<PiiMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var candidate in Candidates().EnumerateMatches(text))
        {
            if (IsValid(text.AsSpan(candidate.Index, candidate.Length))) matches.Add(new PiiMatch(PiiKind.Cpf, candidate.Index, candidate.Length));
        }
    }

    /// <summary>Whether the digits of <paramref name="cpf"/> (punctuation ignored) form a valid CPF.</summary>
    public static bool IsValid(ReadOnlySpan<char> cpf)
    {
        Span<int> digits = stackalloc int[11];
        if (!PiiPatterns.TryReadDigits(cpf, digits) || PiiPatterns.AllSame(digits)) return false;
        return digits[9] == CheckDigit(digits[..9]) && digits[10] == CheckDigit(digits[..10]);
    }

    /// <summary>Mod-11 check digit with weights counting down to 2 from the number's length + 1.</summary>
    internal static int CheckDigit(ReadOnlySpan<int> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++) sum += digits[i] * (digits.Length + 1 - i);
        var remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    [GeneratedRegex(PiiPatterns.NumberStart + "[0-9]{3}[-./ ]?[0-9]{3}[-./ ]?[0-9]{3}[-./ ]?[0-9]{2}" + PiiPatterns.NumberEnd, RegexOptions.CultureInvariant)]
    private static partial Regex Candidates();
}
