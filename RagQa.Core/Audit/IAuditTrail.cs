namespace RagQa.Core.Audit;

/// <summary>
/// Records sensitive operations: the event goes through the <c>audit</c> queue to the <c>audit_events</c>
/// table. Details are ids and counts; every value is PII-redacted anyway before it leaves the process.
/// </summary>
/// <example>
/// <code>await audit.RecordAsync(AuditActions.EscalationAssigned, AuditActors.ApiKey(keyId), AuditSubject.Escalation(id),
///     new Dictionary&lt;string, string&gt; { ["status"] = "assigned" }, cancellationToken: ct);</code>
/// </example>
public interface IAuditTrail
{
    /// <param name="eventId">
    /// A deterministic id for work that may run again (a redelivered message): the event is stored once. Null: a new id.
    /// </param>
    /// <remarks>Never throws for a broker failure: that is logged and counted (<c>ragqa.audit.publish_failures</c>).</remarks>
    Task RecordAsync(
        string action,
        string actor,
        AuditSubject? subject,
        IReadOnlyDictionary<string, string>? details = null,
        Guid? eventId = null,
        CancellationToken cancellationToken = default);
}
