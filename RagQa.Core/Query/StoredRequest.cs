namespace RagQa.Core.Query;

/// <summary>What the query worker needs of a row of <c>queries</c>: <see cref="QueryStore.GetRequestAsync"/> reads it into a <see cref="NewQuery"/>.</summary>
internal sealed record StoredRequest(string Question, string Collection, int TopK, string Filters, string? CorrelationId);
