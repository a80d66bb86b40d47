namespace RagQa.Core.Escalation;

/// <summary>Whether an answer goes to a human on its own, and why.</summary>
public static class EscalationTrigger
{
    /// <param name="confidence">The answer's confidence in [0, 1].</param>
    /// <param name="groundingCoverage">The share of the answer's sentences its sources support; null when unknown (an answer from the cache).</param>
    /// <param name="threshold"><see cref="EscalationOptions.ConfidenceThreshold"/>.</param>
    /// <returns>
    /// <see cref="EscalationReason.ValidationFailed"/> when a sentence was unsupported (the stronger signal: the answer claimed
    /// something its sources do not say), else <see cref="EscalationReason.LowConfidence"/> under the threshold, else null.
    /// </returns>
    public static string? ReasonFor(double confidence, double? groundingCoverage, double threshold)
    {
        if (groundingCoverage < 1) return EscalationReason.ValidationFailed;
        if (confidence < threshold) return EscalationReason.LowConfidence;
        return null;
    }
}
