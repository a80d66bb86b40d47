namespace RagQa.Core.Text;

/// <summary>A <see cref="TextClassifierPipeline"/> model's output row: one probability per label, in the order of the model's label slots.</summary>
public sealed class TextClassifierScores
{
    public float[] Score { get; set; } = [];
}
