namespace RagQa.Core.Analytics;

/// <summary>One row the <see cref="SecondReader"/> reads: a question and, in training, its <see cref="ReadingLabels"/> label.</summary>
public sealed class SecondReaderExample
{
    public string Text { get; set; } = "";

    public string Label { get; set; } = "";
}
