namespace RagQa.Api.Model;

/// <summary>Body of POST /escalations/{id}/assign: who takes the case (a name or handle, at most 200 characters).</summary>
public sealed record AssignRequest(string? Assignee);
