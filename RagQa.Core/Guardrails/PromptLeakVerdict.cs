namespace RagQa.Core.Guardrails;

/// <summary>
/// The outcome of <see cref="PromptLeakDetector.Check(string)"/>: whether the answer repeats the system prompt, the
/// length in words of the longest verbatim span it shares with it (0 when no span reaches the threshold; shorter spans
/// are not measured), and that span in canonical form (lowercase, no accents or punctuation) for the audit log.
/// </summary>
public sealed record PromptLeakVerdict(bool IsLeak, int LongestSpanWords, string? LeakedSpan)
{
    public static PromptLeakVerdict None { get; } = new(false, 0, null);
}
