namespace RagQa.Core.Guardrails;

/// <summary>
/// The outcome of <see cref="PromptInjectionDetector.Analyze"/>. <see cref="Score"/> combines the weights of the
/// matched rules (noisy-or, so in [0, 1]); <see cref="Category"/> is that of the strongest matched rule, or
/// <see cref="InjectionCategory.EncodedPayload"/> when the attack was found inside decoded content; it is set even
/// below the threshold so near misses can be logged. <see cref="MatchedRules"/> are stable rule ids for metrics and audit.
/// </summary>
public sealed record PromptInjectionVerdict(bool IsInjection, double Score, InjectionCategory? Category, IReadOnlyList<string> MatchedRules)
{
    /// <summary>The rules reached the threshold with weak rules alone, so a confidently benign classifier may overrule them.</summary>
    public bool Overrulable { get; init; }

    /// <summary>No rule matched.</summary>
    public static PromptInjectionVerdict Clean { get; } = new(false, 0, null, []);
}
