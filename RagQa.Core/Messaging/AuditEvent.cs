namespace RagQa.Core.Messaging;

/// <summary>A sensitive operation to be recorded in <c>audit_events</c>. Never carries PII.</summary>
public sealed record AuditEvent(
    Guid EventId,
    string Action,
    string Actor,
    string? SubjectType,
    string? SubjectId,
    IReadOnlyDictionary<string, string> Details,
    DateTimeOffset OccurredAt) : IMessageContract
{
    public static string MessageType => "audit-event.v1";
}
