namespace RagQa.Api.Model;

/// <summary>One page of GET /documents.</summary>
public sealed record DocumentPage(IReadOnlyList<DocumentResponse> Items, int Page, int PageSize);
