namespace RagQa.Core.VectorStore;

/// <summary>Conditions on chunk metadata, all of which must hold.</summary>
public sealed record VectorFilter(IReadOnlyList<MetadataCondition> Conditions);
