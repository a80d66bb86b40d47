using RagQa.Core.Guardrails;

namespace RagQa.Tests.Guardrails;

/// <summary>One piece of personal data a labelled text holds, as it appears in the text.</summary>
internal sealed record ExpectedPii(PiiKind Kind, string Value);
