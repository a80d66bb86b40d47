namespace RagQa.Core.Ingestion.Chunking;

/// <summary>
/// One chunk of a source text: <see cref="Text"/> is exactly <c>source.Substring(Start, Text.Length)</c>, so a citation
/// can be mapped back. The first <see cref="OverlapLength"/> characters repeat the end of the previous chunk.
/// </summary>
public sealed record TextChunk(string Text, int Start, int OverlapLength, int Tokens)
{
    /// <summary>The offset just past the chunk in the source text.</summary>
    public int End => Start + Text.Length;
}
