namespace RagQa.Core.Guardrails;

/// <summary>A text with its personal data replaced by placeholders, and how many of each kind were replaced.</summary>
public sealed record PiiRedactionResult(string Text, IReadOnlyDictionary<PiiKind, int> Counts)
{
    /// <summary>How many pieces of personal data were replaced in all.</summary>
    public int Total { get; } = Counts.Values.Sum();
}
