using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>
/// CEP (Brazilian postal code): "01310-100" or "01.310-100" anywhere (that shape is what a CEP looks like on every
/// label), and 8 bare digits only right after the word "CEP" (a bare "01310100" could be any number). A CEP narrows a
/// customer down to a street, so with a name or an order it identifies a person.
/// </summary>
public sealed partial class CepDetector : IPiiDetector
{
    public PiiKind Kind => PiiKind.Cep;

    public void Detect(string text, List<PiiMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var match = Candidates().Match(text); match.Success; match = match.NextMatch())
        {
            var cep = match.Groups["cep"];
            if (IsValid(cep.ValueSpan)) matches.Add(new PiiMatch(PiiKind.Cep, cep.Index, cep.Length));
        }
    }

    /// <summary>Whether the 8 digits (punctuation ignored) can be a CEP: "00000-000" is a placeholder, not an address.</summary>
    public static bool IsValid(ReadOnlySpan<char> cep)
    {
        Span<int> digits = stackalloc int[8];
        return PiiPatterns.TryReadDigits(cep, digits) && !PiiPatterns.AllSame(digits);
    }

    [GeneratedRegex(
        PiiPatterns.NumberStart + @"(?<cep>[0-9]{2}\.?[0-9]{3}-[0-9]{3})" + PiiPatterns.NumberEnd +
        @"|(?i:\bceps?\b)[ :.nNºo°éeE-]{0,5}(?<cep>[0-9]{8}|[0-9]{5} [0-9]{3})" + PiiPatterns.NumberEnd,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Candidates();
}
