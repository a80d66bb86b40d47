namespace RagQa.Core.Guardrails;

/// <summary>
/// The attack families of the injection corpus (eval/injection/corpus.jsonl) and the labels the classifier predicts,
/// with the <see cref="InjectionCategory"/> each is reported as.
/// </summary>
public static class InjectionFamily
{
    /// <summary>The label of questions that are not attacks.</summary>
    public const string Benign = "benign";

    /// <summary>The category a family's attacks are reported as; null for <see cref="Benign"/> and unknown labels.</summary>
    public static InjectionCategory? CategoryOf(string family) => family switch
    {
        "override" or "fake_context" => InjectionCategory.InstructionOverride,
        "prompt_reveal" or "continuation" => InjectionCategory.SystemPromptExtraction,
        "persona" => InjectionCategory.RolePlay,
        "secrets" or "exfiltration_link" => InjectionCategory.DataExfiltration,
        "encoding" => InjectionCategory.EncodedPayload,
        "resource_exhaustion" => InjectionCategory.ResourceExhaustion,
        _ => null,
    };
}
