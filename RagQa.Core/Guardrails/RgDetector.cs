using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>
/// RG (state identity card). Each state numbers its own, with no national check digit, so an RG is recognised by
/// the São Paulo/Rio layout "12.345.678-9" (also with X as check digit), which nothing else in a review uses, or by
/// any 5–13-character number, optionally with a state prefix ("MG-12.345.678"), right after "RG" or "identidade".
/// </summary>
public sealed partial class RgDetector : IPiiDetector
{
    public PiiKind Kind => PiiKind.Rg;

    public void Detect(string text, List<PiiMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var match = Candidates().Match(text); match.Success; match = match.NextMatch())
        {
            var rg = match.Groups["rg"];
            matches.Add(new PiiMatch(PiiKind.Rg, rg.Index, rg.Length));
        }
    }

    [GeneratedRegex(
        PiiPatterns.NumberStart + @"(?<rg>[0-9]{1,2}\.[0-9]{3}\.[0-9]{3}-[0-9xX])(?![\p{L}\p{N}_])" +
        @"|(?i:\b(?:rg|r\.g\.|identidade|registro geral)\b)[ :.nNºo°éeE-]{0,5}(?<rg>(?:[A-Za-z]{2}[ -]?)?[0-9][0-9.-]{3,11}[0-9xX])" + PiiPatterns.NumberEnd,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Candidates();
}
