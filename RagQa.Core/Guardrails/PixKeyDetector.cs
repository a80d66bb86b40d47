using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>
/// PIX random keys: a UUID ("123e4567-e89b-42d3-a456-426614174000") within a few words after "pix" or "chave
/// aleatória". Without that context a UUID is far more likely one of RagQa's own ids (documents, queries, audit
/// events), which must stay readable. PIX keys that are a CPF, e-mail or phone number are found by those detectors.
/// </summary>
public sealed partial class PixKeyDetector : IPiiDetector
{
    public PiiKind Kind => PiiKind.PixKey;

    public void Detect(string text, List<PiiMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var match = Candidates().Match(text); match.Success; match = match.NextMatch())
        {
            var key = match.Groups["key"];
            matches.Add(new PiiMatch(PiiKind.PixKey, key.Index, key.Length));
        }
    }

    [GeneratedRegex(
        @"(?i:\b(?:pix|chave aleat[oó]ria|random key)\b)[^\n]{0,40}?(?<![\p{L}\p{N}_-])" +
        @"(?<key>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![\p{L}\p{N}_-])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Candidates();
}
