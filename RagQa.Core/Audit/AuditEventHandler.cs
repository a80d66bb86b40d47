using Microsoft.Extensions.Logging;
using RagQa.Core.Guardrails;
using RagQa.Core.Messaging;

namespace RagQa.Core.Audit;

/// <summary>
/// Consumes the <c>audit</c> queue into <c>audit_events</c>. Idempotent: the event id is the primary key and a
/// redelivered event is ignored. Details are redacted again here, since anything on the broker can publish.
/// </summary>
public sealed class AuditEventHandler(AuditStore store, PiiRedactor redactor, ILogger<AuditEventHandler> logger) : IMessageHandler<AuditEvent>
{
    public async Task HandleAsync(AuditEvent message, MessageContext context, CancellationToken cancellationToken)
    {
        var stored = await store.InsertAsync(message with { Details = AuditDetails.Sanitize(message.Details, redactor) }, cancellationToken);
        logger.LogDebug("Audit event {EventId} ({Action}) {Outcome}", message.EventId, message.Action, stored ? "stored" : "already stored");
    }
}
