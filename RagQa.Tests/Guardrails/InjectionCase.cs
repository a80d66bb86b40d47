namespace RagQa.Tests.Guardrails;

/// <summary>A labelled question: attack (with its category) or benign, in the "dev" or "heldout" group.</summary>
internal sealed record InjectionCase(string Id, string Group, bool Attack, string? Category, string Text);
