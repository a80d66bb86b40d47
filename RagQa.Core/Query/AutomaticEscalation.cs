using Microsoft.Extensions.Options;
using RagQa.Core.Audit;
using RagQa.Core.Escalation;

namespace RagQa.Core.Query;

/// <summary>
/// The query worker's last step: an answer under <c>Escalation:ConfidenceThreshold</c>, or one that failed validation,
/// opens an escalation. Run after the answer is stored and before the reply, so POST /query already reports it;
/// idempotent (one escalation per query), so a redelivered message whose answer was stored opens it at most once. Its
/// audit event is published without waiting for the broker's confirm, as a broker failure never failed the answer anyway.
/// </summary>
public sealed class AutomaticEscalation(EscalationStore escalations, IAuditTrail audit, IOptions<EscalationOptions> options)
{
    /// <returns>The query's escalation, or null when the answer needs none.</returns>
    public async Task<QueryEscalation?> EscalateIfNeededAsync(NewQuery query, ComposedAnswer answer, double confidence, CancellationToken cancellationToken)
    {
        var reason = EscalationTrigger.ReasonFor(confidence, answer.GroundingCoverage, options.Value.ConfidenceThreshold);
        if (reason is null) return null;
        var priority = EscalationPriority.Score(confidence, reason, query.Question);
        var opened = await escalations.CreateAsync(new NewEscalation(query.QueryId, reason, EscalationSource.Automatic, confidence, priority), cancellationToken);
        // The answer does not depend on the audit event: the broker confirms it in the background.
        if (opened.Created) audit.RecordOpenedInBackground(opened.Escalation, AuditActors.System);
        return opened.Escalation;
    }
}
