namespace RagQa.Api.Model;

/// <summary>One page of a list route.</summary>
public sealed record ItemPage<T>(IReadOnlyList<T> Items, int Page, int PageSize);
