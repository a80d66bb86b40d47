using System.Text.Json;

namespace RagQa.Core.Guardrails;

/// <summary>
/// What the training command records next to the model: the SHA-256 of the corpus file it was trained on (a test
/// checks the committed model still matches the committed corpus), the threshold chosen on the dev split, and the
/// dev figures at that threshold.
/// </summary>
public sealed record InjectionClassifierManifest(
    string CorpusSha256,
    double Threshold,
    int TrainRows,
    int DevAttacks,
    int DevAttacksDetected,
    int DevBenign,
    int DevBenignFlagged)
{
    public static JsonSerializerOptions Json { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };
}
