namespace RagQa.Core.Audit;

/// <summary>What an audit event is about: a type and an id.</summary>
public sealed record AuditSubject(string Type, string Id)
{
    public static AuditSubject Document(Guid id) => new("document", id.ToString());

    public static AuditSubject Query(Guid id) => new("query", id.ToString());

    public static AuditSubject ApiKey(Guid id) => new("api_key", id.ToString());

    public static AuditSubject Escalation(Guid id) => new("escalation", id.ToString());

    public static AuditSubject Collection(string name) => new("collection", name);

    /// <summary>A route, for events about a request that has no entity (an auth failure).</summary>
    public static AuditSubject Route(string method, string path) => new("route", method + " " + path);
}
