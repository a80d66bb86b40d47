namespace RagQa.Core.Escalation;

public enum TransitionOutcome
{
    Applied,
    NotFound,

    /// <summary>The escalation's status does not allow the action (409 <c>invalid_transition</c>).</summary>
    Invalid,
}
