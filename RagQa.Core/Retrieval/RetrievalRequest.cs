using RagQa.Core.VectorStore;

namespace RagQa.Core.Retrieval;

/// <summary>
/// What to retrieve: <paramref name="TopK"/> chunks of <paramref name="Collection"/> for <paramref name="Question"/>,
/// under the caller's explicit <paramref name="Filter"/>. With <see cref="RecogniseFilters"/> (the default),
/// score and date constraints stated in the question are added where the explicit filter says nothing.
/// </summary>
public sealed record RetrievalRequest(string Collection, string Question, int TopK, VectorFilter? Filter = null, RetrievalMode Mode = RetrievalMode.Hybrid)
{
    public bool RecogniseFilters { get; init; } = true;
}
