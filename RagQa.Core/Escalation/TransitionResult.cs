namespace RagQa.Core.Escalation;

/// <summary>The result of assigning or resolving: the updated escalation when applied, its current status when invalid.</summary>
public sealed record TransitionResult(TransitionOutcome Outcome, EscalationView? Escalation, EscalationStatus? CurrentStatus);
