namespace RagQa.Tests.Guardrails;

/// <summary>A labelled text and the personal data it holds (none for a negative case).</summary>
internal sealed record PiiCase(string Id, string Source, string Text, IReadOnlyList<ExpectedPii> Pii);
