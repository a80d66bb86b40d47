namespace RagQa.Api.Model;

/// <summary>One ranked chunk of POST /search.</summary>
public sealed record SearchHit(
    Guid ChunkId, Guid DocumentId, string SourceId, double Score, int? DenseRank, int? LexicalRank, string Text,
    IReadOnlyDictionary<string, string> Metadata);
