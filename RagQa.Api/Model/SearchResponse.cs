namespace RagQa.Api.Model;

/// <summary>Body of the POST /search answer.</summary>
public sealed record SearchResponse(string Mode, IReadOnlyList<SearchHit> Results);
