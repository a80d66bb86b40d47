using RagQa.Core.Retrieval;

namespace RagQa.Api.Model;

/// <summary>Body of POST /query.</summary>
/// <param name="Question">The question, in any language (answers follow its language).</param>
/// <param name="Collection">Knowledge-base collection; default <c>olist_reviews</c>.</param>
/// <param name="Filters">Optional metadata filters.</param>
/// <param name="TopK">How many sources to cite at most (1 … Query:MaxTopK).</param>
public sealed record QueryRequest(string? Question, string? Collection, QueryFilters? Filters, int? TopK);
