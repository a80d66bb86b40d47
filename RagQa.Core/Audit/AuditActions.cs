namespace RagQa.Core.Audit;

/// <summary>The <c>action</c> values of audit events: one per kind of sensitive operation.</summary>
public static class AuditActions
{
    public const string DocumentUploaded = "document.uploaded";
    public const string DocumentDeleted = "document.deleted";
    /// <summary>Personal data was replaced by placeholders (in an ingested document, a question or an answer); details hold counts by kind.</summary>
    public const string PiiRedacted = "pii.redacted";
    public const string InjectionBlocked = "injection.blocked";
    /// <summary>An answer failed output validation (unsupported sentences removed, nothing answerable, personal data in it).</summary>
    public const string AnswerValidationFailed = "answer.validation_failed";
    /// <summary>
    /// A request without a key (401), with a wrong or revoked one (403) or with a key lacking the route's role (403). Missing and
    /// wrong keys are recorded once per source address and rate-limit window (<see cref="AuthFailureAudit"/>), with a count.
    /// </summary>
    public const string AuthFailed = "auth.failed";
    public const string ApiKeyCreated = "api_key.created";
    public const string ApiKeyRevoked = "api_key.revoked";
    /// <summary>A collection's visibility or allow-list changed.</summary>
    public const string CollectionAccessChanged = "collection.access_changed";
    public const string EscalationCreated = "escalation.created";
    public const string EscalationAssigned = "escalation.assigned";
    public const string EscalationResolved = "escalation.resolved";
}
