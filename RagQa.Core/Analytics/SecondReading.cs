namespace RagQa.Core.Analytics;

/// <summary>What the <see cref="SecondReader"/> reads a question as: its most likely <see cref="ReadingLabels"/> label and that label's probability.</summary>
public sealed record SecondReading(string Label, double Probability);
