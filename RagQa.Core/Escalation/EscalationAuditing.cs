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
            new Dictionary<string, string>
            {
                ["query_id"] = escalation.QueryId.ToString(),
                ["reason"] = escalation.Reason,
                ["source"] = escalation.Source,
            },
            NameBasedGuid.Create(escalation.EscalationId, 'e', 0), cancellationToken);

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
