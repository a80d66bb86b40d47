namespace RagQa.Core.Query;

/// <summary>Which retrievers a search uses.</summary>
public enum RetrievalMode
{
    Hybrid,
    Dense,
    Lexical,
}
