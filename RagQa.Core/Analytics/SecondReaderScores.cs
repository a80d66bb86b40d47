namespace RagQa.Core.Analytics;

/// <summary>The second reader's output row: one probability per label, in the order of the model's label slots.</summary>
public sealed class SecondReaderScores
{
    public float[] Score { get; set; } = [];
}
