namespace RagQa.Core.Guardrails;

/// <summary>The classifier's output row: one probability per family, in the order of the model's label slots.</summary>
public sealed class InjectionScores
{
    public float[] Score { get; set; } = [];
}
