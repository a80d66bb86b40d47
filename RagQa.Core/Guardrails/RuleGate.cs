namespace RagQa.Core.Guardrails;

/// <summary>The pre-check a rule needs to pass before its pattern runs (see <see cref="InjectionRules.Gates"/>): its anchors must occur nearby.</summary>
internal enum RuleGate
{
    None,
    OwnInstructions,
    SystemPrompt,
    PersonalData,
    DataWord,
    Table,
    DiscardVerb,
    Identity,
    Confidential,
    Forget,
    Mode,
    Authority,
    Persona,
}
