namespace RagQa.Core.Guardrails;

/// <summary>
/// Finds one kind of personal data. Implementations are pure and thread-safe: a source-generated regex proposes
/// candidates and a validation function (check digits, Luhn, area codes) keeps only real ones, so look-alike
/// numbers (prices, dates, ids) are not redacted.
/// </summary>
public interface IPiiDetector
{
    PiiKind Kind { get; }

    /// <summary>Adds every validated match in <paramref name="text"/> to <paramref name="matches"/>; matches may overlap other detectors' ones.</summary>
    void Detect(string text, List<PiiMatch> matches);
}
