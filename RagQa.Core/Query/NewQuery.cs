using RagQa.Core.VectorStore;

namespace RagQa.Core.Query;

/// <summary>A validated question to store and answer.</summary>
public sealed record NewQuery(Guid QueryId, string Question, string Collection, int TopK, VectorFilter? Filter, string? CorrelationId)
{
    /// <summary>Who may read it back; nobody but agents and admins when unset.</summary>
    public QueryOwner Owner { get; init; } = QueryOwner.Nobody;
}
