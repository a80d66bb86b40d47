namespace RagQa.Core.Chunks;

/// <summary>A row of <c>chunks</c>: the unit that is embedded, searched and cited. <see cref="ChunkStore"/> selects its columns in this order.</summary>
public sealed record ChunkRecord(
    Guid Id,
    Guid DocumentId,
    string Collection,
    string SourceId,
    int Ordinal,
    string Text,
    IReadOnlyDictionary<string, string> Metadata);
