using System.Text.Json;

namespace RagQa.Core.Guardrails;

/// <summary>
/// What the training command records next to the model: the SHA-256 of the corpus file it was trained on (a test
/// checks the committed model still matches the committed corpus), the threshold and the weak-rule overrule cutoff
/// chosen on the dev split, and the dev figures at those.
/// </summary>
public sealed record InjectionClassifierManifest(
    string CorpusSha256,
    double Threshold,
    int TrainRows,
    int DevAttacks,
    int DevAttacksDetected,
    int DevBenign,
    int DevBenignFlagged,
    double OverruleBelow = 0)
{
    public static JsonSerializerOptions Json { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };
}
