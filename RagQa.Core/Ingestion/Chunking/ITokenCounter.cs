namespace RagQa.Core.Ingestion.Chunking;

/// <summary>
/// Measures text in the tokens of the embedding model, so chunk sizes are in the unit the model truncates at.
/// </summary>
/// <remarks>
/// Implementations must be deterministic, thread-safe and additive across white space
/// (<c>Count("a b") == Count("a") + Count("b")</c>): the splitter counts each word once and adds the counts up,
/// which is exact for WordPiece-style tokenizers that split on white space before anything else.
/// </remarks>
public interface ITokenCounter
{
    int CountTokens(ReadOnlySpan<char> text);
}
