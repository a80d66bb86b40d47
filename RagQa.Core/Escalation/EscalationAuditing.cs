using RagQa.Core.Audit;
using RagQa.Core.Data;
using RagQa.Core.Text;

namespace RagQa.Core.Escalation;

/// <summary>
/// The audit events of the escalation flow (<c>escalation.created</c>, <c>escalation.assigned</c>,
/// <c>escalation.resolved</c>): ids, reason, source and status only — never the question, assignee or resolution.
/// </summary>
public static class EscalationAuditing
{
    /// <summary>A new escalation; its event id derives from the escalation id, so a redelivered query message records it once.</summary>
    public static Task RecordOpenedAsync(this IAuditTrail audit, QueryEscalation escalation, string actor, CancellationToken cancellationToken) =>
        audit.RecordAsync(AuditActions.EscalationCreated, actor, AuditSubject.Escalation(escalation.EscalationId),
            OpenedDetails(escalation), OpenedEventId(escalation), cancellationToken);

    /// <summary>
    /// <see cref="RecordOpenedAsync"/> without waiting for the broker's confirm: for escalations opened automatically while
    /// answering, whose answer must not wait on the audit queue (<see cref="IAuditTrail.RecordInBackground"/>).
    /// </summary>
    public static void RecordOpenedInBackground(this IAuditTrail audit, QueryEscalation escalation, string actor) =>
        audit.RecordInBackground(AuditActions.EscalationCreated, actor, AuditSubject.Escalation(escalation.EscalationId),
            OpenedDetails(escalation), OpenedEventId(escalation));

    private static Dictionary<string, string> OpenedDetails(QueryEscalation escalation) => new()
    {
        ["query_id"] = escalation.QueryId.ToString(),
        ["reason"] = escalation.Reason,
        ["source"] = escalation.Source,
    };

    private static Guid OpenedEventId(QueryEscalation escalation) => NameBasedGuid.Create(escalation.EscalationId, 'e', 0);

    /// <summary>An applied assignment or resolution.</summary>
    public static Task RecordTransitionAsync(this IAuditTrail audit, EscalationAction action, EscalationView escalation, string actor, CancellationToken cancellationToken) =>
        audit.RecordAsync(action is EscalationAction.Assign ? AuditActions.EscalationAssigned : AuditActions.EscalationResolved,
            actor, AuditSubject.Escalation(escalation.EscalationId),
            new Dictionary<string, string>
            {
                ["query_id"] = escalation.QueryId.ToString(),
                ["status"] = EnumText.Of(escalation.Status),
            },
            cancellationToken: cancellationToken);
}
