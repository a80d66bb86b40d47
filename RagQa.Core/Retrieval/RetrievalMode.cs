namespace RagQa.Core.Retrieval;

/// <summary>Which retrievers a search uses.</summary>
public enum RetrievalMode
{
    Hybrid,
    Dense,
    Lexical,
}
