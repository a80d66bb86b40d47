using RagQa.Core.Guardrails;
using RagQa.Core.Text;

namespace RagQa.Core.Audit;

/// <summary>
/// What may go into an event's details: at most <see cref="MaxEntries"/> entries, values cut to
/// <see cref="MaxValueLength"/> characters and PII-redacted — callers pass ids and counts, this makes sure.
/// </summary>
public static class AuditDetails
{
    public const int MaxEntries = 32;
    public const int MaxValueLength = 256;

    public static IReadOnlyDictionary<string, string> Sanitize(IReadOnlyDictionary<string, string>? details, PiiRedactor redactor)
    {
        var clean = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in (details ?? clean).Take(MaxEntries))
        {
            clean.TryAdd(Clean(key, redactor), Clean(value, redactor));
        }
        return clean;
    }

    /// <summary>Counts by kind ("cpf" → 2) for a <see cref="AuditActions.PiiRedacted"/> event, plus the total.</summary>
    public static Dictionary<string, string> RedactionCounts(IReadOnlyDictionary<PiiKind, int> counts)
    {
        var details = counts.Where(c => c.Value > 0).ToDictionary(c => EnumText.Of(c.Key), c => c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        details["total"] = counts.Values.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return details;
    }

    // Redact first: cutting could split a value into pieces the detectors no longer recognise.
    private static string Clean(string value, PiiRedactor redactor)
    {
        var redacted = redactor.Redact(value ?? "").Text;
        return redacted.Length <= MaxValueLength ? redacted : redacted[..MaxValueLength];
    }
}
