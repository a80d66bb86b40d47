using RagQa.Core.Retrieval;

namespace RagQa.Api.Model;

/// <summary>Body of POST /search.</summary>
/// <param name="Query">Text to search for.</param>
/// <param name="Collection">Default <c>olist_reviews</c>.</param>
/// <param name="Filters">Optional metadata filters.</param>
/// <param name="TopK">Results to return (1 … Query:MaxTopK), default Query:DefaultTopK.</param>
/// <param name="Mode"><c>hybrid</c> (default), <c>dense</c> or <c>lexical</c>.</param>
public sealed record SearchRequest(string? Query, string? Collection, QueryFilters? Filters, int? TopK, string? Mode);
