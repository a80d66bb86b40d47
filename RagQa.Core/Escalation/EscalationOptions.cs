using System.ComponentModel.DataAnnotations;

namespace RagQa.Core.Escalation;

/// <summary>Settings of automatic escalation, section <c>Escalation</c>.</summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalation";

    /// <summary>
    /// Answers with a confidence under this go to a human; 0 turns confidence-based escalation off. A confidence is a
    /// measured probability of being right (docs/benchmarks.md), so the default hands over every answer more likely
    /// wrong than right; the asker still sees the answer with its confidence.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Escalation:ConfidenceThreshold must be between 0 and 1.")]
    public double ConfidenceThreshold { get; set; } = 0.5;
}
