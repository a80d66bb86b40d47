namespace RagQa.Tests.Architecture;

/// <summary>
/// RagQa.Core's feature folders from the bottom up (docs/architecture.md draws them): a folder may use the ones
/// before it in this list and never one after it, so no cycle can form. A new folder must be placed here.
/// </summary>
public static class CoreLayers
{
    public static readonly IReadOnlyList<string> BottomUp =
    [
        // Foundations: no RagQa dependency of their own, or only on each other in this order.
        "Text", "Telemetry", "Data", "Messaging", "Access", "RateLimiting", "Guardrails", "Audit",
        // Stores and models.
        "Embeddings", "VectorStore", "Chunks",
        // What a question is answered from, and how.
        "Retrieval", "Answering", "Analytics", "Caching",
        // Records with their own life cycle, and the collections that count documents by stage.
        "Documents", "Escalation", "Collections",
        // Use cases that compose the rest: an upload, a question.
        "Ingestion", "Query",
    ];

    public static string Namespace(string folder) => "RagQa.Core." + folder;
}
