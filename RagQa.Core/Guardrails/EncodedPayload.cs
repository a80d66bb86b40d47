namespace RagQa.Core.Guardrails;

/// <summary>A readable text found encoded in a question: how it was encoded, what it says, and the characters it came from.</summary>
internal readonly record struct EncodedPayload(string Encoding, string Text, int Index, int Length);
