using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>
/// Bank agency and account numbers, which have no format of their own: a 3–5-digit agency right after "agência"/"ag",
/// and a 4–12-digit account (optionally "-d" check digit) right after "conta", "c/c", "cc" or "conta corrente/poupança".
/// Only the number is replaced; "a conta de luz" or "por conta do atraso" have no number after the word.
/// </summary>
public sealed partial class BankAccountDetector : IPiiDetector
{
    public PiiKind Kind => PiiKind.BankAccount;

    public void Detect(string text, List<PiiMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var match = Candidates().Match(text); match.Success; match = match.NextMatch())
        {
            var number = match.Groups["number"];
            matches.Add(new PiiMatch(PiiKind.BankAccount, number.Index, number.Length));
        }
    }

    [GeneratedRegex(
        @"(?i:\b(?:ag[eê]ncia|ag|agencia)\b\.?)[ :nNºo°.]{0,4}(?<number>[0-9]{3,5}(?:-[0-9xX])?)" + PiiPatterns.NumberEnd +
        @"|(?i:\b(?:c/c|cc|c\.c|conta(?: corrente| poupan[cç]a| banc[aá]ria)?|account)\b\.?)[ :nNºo°.]{0,4}(?<number>[0-9]{4,12}(?:[-.][0-9xX]{1,2})?)" + PiiPatterns.NumberEnd,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Candidates();
}
