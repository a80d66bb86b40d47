namespace RagQa.Core.Audit;

/// <summary>Who did it, as an id, never a name or an address: an API key, an anonymous caller, or the system itself.</summary>
public static class AuditActors
{
    public const string Anonymous = "anonymous";

    /// <summary>A worker acting on its own (ingestion, the query pipeline).</summary>
    public const string System = "system";

    public static string ApiKey(Guid keyId) => "api_key:" + keyId;
}
