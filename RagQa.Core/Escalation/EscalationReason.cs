namespace RagQa.Core.Escalation;

/// <summary>Why a query went to a human: values of <c>escalation_requests.reason</c> and of the metric tag <c>reason</c>.</summary>
public static class EscalationReason
{
    /// <summary>The answer's confidence is under <c>Escalation:ConfidenceThreshold</c>.</summary>
    public const string LowConfidence = "low_confidence";

    /// <summary>Output validation found answer sentences its sources do not support.</summary>
    public const string ValidationFailed = "validation_failed";

    /// <summary>The user asked for a human (POST /query/{id}/escalate).</summary>
    public const string UserRequest = "user_request";
}
