using RagQa.Core.Documents;

namespace RagQa.Core.Ingestion;

/// <summary>The accepted document; <see cref="Created"/> is false when the same bytes were already in the collection.</summary>
public sealed record IntakeResult(DocumentRecord Document, bool Created);
