namespace RagQa.Core.Guardrails;

/// <summary>
/// How much a rule hit says on its own (see <see cref="PromptInjectionDetector"/>). A strong rule pairs an action with
/// something only an attack aims at (discarding the model's own instructions, revealing its prompt, other people's
/// data, chat-template markers) and always blocks. A weak rule matches a framing analysts also use ("finja que é uma
/// apresentação", "aja como analista", a leading "sistema:", "a partir de agora"), so when only weak rules matched, a
/// confidently benign classifier overrules them.
/// </summary>
internal enum RuleStrength
{
    Strong,
    Weak,
}
