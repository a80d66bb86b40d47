namespace RagQa.Api.Model;

/// <summary>Body of POST /escalations/{id}/resolve: what the agent did or tells the customer (at most 4,000 characters; shown on GET /query/{id}).</summary>
public sealed record ResolveRequest(string? Resolution);
