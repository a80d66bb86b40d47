using RagQa.Core.Chunks;

namespace RagQa.Core.Answering;

/// <summary>
/// A numbered source an answer may cite as [<see cref="Index"/>]. <see cref="Evidence"/> is what the model
/// reads and what the grounding check compares sentences with: the chunk's text, preceded for aggregate answers
/// by the theme and its real count. <see cref="Quote"/> is an exact substring of the chunk's text.
/// </summary>
public sealed record AnswerSource(int Index, ChunkRecord Chunk, double Score, string Quote, string Evidence);
