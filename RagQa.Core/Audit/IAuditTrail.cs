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

    /// <summary>
    /// The same as <see cref="RecordAsync"/> without making the caller wait for the broker's confirm: for a request whose
    /// answer does not depend on it (a cache hit that opens an escalation). Failures are logged and counted the same way,
    /// and the process waits for the unconfirmed events when it stops.
    /// </summary>
    void RecordInBackground(
        string action,
        string actor,
        AuditSubject? subject,
        IReadOnlyDictionary<string, string>? details = null,
        Guid? eventId = null);
}
