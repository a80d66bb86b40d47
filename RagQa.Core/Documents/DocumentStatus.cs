namespace RagQa.Core.Documents;

/// <summary>The stages a document moves through; stored as lower-case text in <c>documents.status</c>.</summary>
public static class DocumentStatus
{
    public const string Uploading = "uploading";
    public const string Queued = "queued";
    public const string Parsing = "parsing";
    public const string Chunking = "chunking";
    public const string Embedding = "embedding";
    public const string Indexed = "indexed";
    public const string Failed = "failed";

    /// <summary>Every stage, in pipeline order.</summary>
    public static IReadOnlyList<string> All { get; } = [Uploading, Queued, Parsing, Chunking, Embedding, Indexed, Failed];
}
