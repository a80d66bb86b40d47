using RagQa.Core.Guardrails;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Query;

/// <summary>
/// A question that passed <see cref="QuestionScreening"/>: valid, in a known collection, with personal data redacted
/// (<paramref name="Redacted"/> holds the text to store and what was taken out of it).
/// </summary>
public sealed record ScreenedQuestion(PiiRedactionResult Redacted, string Collection, int TopK, VectorFilter? Filter);
