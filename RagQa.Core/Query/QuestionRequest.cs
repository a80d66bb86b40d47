using RagQa.Core.Access;
using RagQa.Core.Retrieval;

namespace RagQa.Core.Query;

/// <summary>A question as a caller sends it (POST /query), not yet checked; <paramref name="Actor"/> is who asks, for the audit trail.</summary>
public sealed record QuestionRequest(string? Question, string? Collection, QueryFilters? Filters, int? TopK, string Actor)
{
    /// <summary>Who asks, for the collection's visibility and the query's owner; anonymous unless set.</summary>
    public AccessCaller Caller { get; init; } = AccessCaller.Anonymous;
}
