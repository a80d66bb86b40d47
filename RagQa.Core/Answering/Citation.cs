namespace RagQa.Core.Answering;

/// <summary>A numbered source of an answer: <see cref="Quote"/> is an exact substring of the cited chunk's text.</summary>
public sealed record Citation(int Index, Guid ChunkId, Guid DocumentId, string SourceId, string Quote, double Score);
