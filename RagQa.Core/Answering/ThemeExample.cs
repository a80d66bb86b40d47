using RagQa.Core.Chunks;

namespace RagQa.Core.Answering;

/// <summary>A review chunk chosen to illustrate a theme or a count, with its full-text rank for that theme.</summary>
public sealed record ThemeExample(ChunkRecord Chunk, double Rank);
