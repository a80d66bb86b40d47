namespace RagQa.Core.Escalation;

/// <summary>Values of <c>escalation_requests.status</c>: open → assigned → resolved (see <see cref="EscalationStateMachine"/>).</summary>
public static class EscalationStatus
{
    public const string Open = "open";
    public const string Assigned = "assigned";
    public const string Resolved = "resolved";

    public static readonly IReadOnlyList<string> All = [Open, Assigned, Resolved];
}
