namespace RagQa.Core.Guardrails;

/// <summary>
/// A text in the form the PII detectors read (see <see cref="PiiTextNormalizer"/>) and, for each of its characters,
/// the range of the original text it came from, so a match found here redacts exactly the original characters.
/// </summary>
public sealed class DetectionText
{
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    /// <summary>A text that needed no normalising: offsets are the original ones.</summary>
    public DetectionText(string text) => Text = text;

    /// <summary>A normalised text; <paramref name="starts"/>[i]..<paramref name="ends"/>[i] is where character i came from.</summary>
    public DetectionText(string text, int[] starts, int[] ends)
    {
        if (starts.Length != text.Length || ends.Length != text.Length) throw new ArgumentException("One original range per character is required.");
        (Text, _starts, _ends) = (text, starts, ends);
    }

    public string Text { get; }

    /// <summary>Whether offsets in <see cref="Text"/> differ from those in the original.</summary>
    public bool IsMapped => _starts is not null;

    /// <summary>The match over the original characters that <paramref name="match"/> (over <see cref="Text"/>) was read from.</summary>
    public PiiMatch ToOriginal(PiiMatch match)
    {
        if (_starts is null || _ends is null || match.Length == 0) return match;
        var start = _starts[match.Index];
        return match with { Index = start, Length = _ends[match.End - 1] - start };
    }
}
