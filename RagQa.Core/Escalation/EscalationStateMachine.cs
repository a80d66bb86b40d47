namespace RagQa.Core.Escalation;

/// <summary>
/// open → assigned → resolved. Assigning an assigned case again hands it over to another agent (support teams
/// reassign; the latest assignee wins). Resolving needs an assignee, so an open case must be assigned first, and a
/// resolved case is final: anything else is an invalid transition (409 <c>invalid_transition</c>). The store applies a
/// transition with <c>WHERE status = ANY(AllowedFrom)</c>, so two agents racing cannot both win an invalid one.
/// </summary>
public static class EscalationStateMachine
{
    private static readonly IReadOnlyList<EscalationStatus> AssignFrom = [EscalationStatus.Open, EscalationStatus.Assigned];
    private static readonly IReadOnlyList<EscalationStatus> ResolveFrom = [EscalationStatus.Assigned];

    /// <summary>The statuses <paramref name="action"/> may be applied in.</summary>
    public static IReadOnlyList<EscalationStatus> AllowedFrom(EscalationAction action) => action switch
    {
        EscalationAction.Assign => AssignFrom,
        EscalationAction.Resolve => ResolveFrom,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>The status after <paramref name="action"/>.</summary>
    public static EscalationStatus Target(EscalationAction action) => action switch
    {
        EscalationAction.Assign => EscalationStatus.Assigned,
        EscalationAction.Resolve => EscalationStatus.Resolved,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
