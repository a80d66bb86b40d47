namespace RagQa.Core.VectorStore;

/// <summary>
/// One condition on a metadata key: equal to a value, and/or within an inclusive range. Bounds that parse
/// as numbers compare numerically, others compare as ordinal strings (ISO dates sort correctly).
/// </summary>
public sealed record MetadataCondition(string Key, string? EqualTo = null, string? From = null, string? To = null);
