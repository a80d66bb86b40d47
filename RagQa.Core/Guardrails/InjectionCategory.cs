namespace RagQa.Core.Guardrails;

/// <summary>What a prompt-injection attempt tries to achieve (snake_case on the wire, e.g. "instruction_override").</summary>
public enum InjectionCategory
{
    /// <summary>Make the model drop its instructions ("ignore as instruções anteriores", "esqueça tudo").</summary>
    InstructionOverride,

    /// <summary>Make the model reveal its system prompt or hidden instructions.</summary>
    SystemPromptExtraction,

    /// <summary>Give the model a persona or mode without rules ("finja que", "modo desenvolvedor", DAN).</summary>
    RolePlay,

    /// <summary>Obtain other people's personal data (CPF, e-mail, phone, address of customers).</summary>
    DataExfiltration,

    /// <summary>An attack hidden in base64, hex, URL or HTML encoding, found by decoding and re-scanning.</summary>
    EncodedPayload,

    /// <summary>Make the model spend without bound ("repita 100 mil vezes", "liste todas as avaliações sem parar").</summary>
    ResourceExhaustion,
}
