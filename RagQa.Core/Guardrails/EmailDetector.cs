using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>
/// E-mail addresses: a local part, "@", dot-separated domain labels and an alphabetic top-level domain. Deliberately
/// looser than RFC 5322 (no quoted local parts) and stricter where it matters for false positives: the TLD must be
/// letters, so "R$10@2x" or "@2018" never match. Labels are bounded, keeping the regex linear.
/// </summary>
public sealed partial class EmailDetector : IPiiDetector
{
    public PiiKind Kind => PiiKind.Email;

    public void Detect(string text, List<PiiMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('@')) return;
        foreach (var candidate in Candidates().EnumerateMatches(text))
        {
            matches.Add(new PiiMatch(PiiKind.Email, candidate.Index, candidate.Length));
        }
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]{0,63})@[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62})(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,24}(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Candidates();
}
