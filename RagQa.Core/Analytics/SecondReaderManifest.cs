using System.Text.Json;

namespace RagQa.Core.Analytics;

/// <summary>
/// What the training command records next to the second reader's model: the SHA-256 of each question file it was
/// trained on (a test checks the committed model still matches them), how many dev questions it learnt from, and its
/// accuracy when each file in turn is left out of training and read as new.
/// </summary>
public sealed record SecondReaderManifest(
    IReadOnlyDictionary<string, string> QuestionFiles,
    int TrainRows,
    int LeftOutRows,
    int LeftOutRight)
{
    public static JsonSerializerOptions Json { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };
}
