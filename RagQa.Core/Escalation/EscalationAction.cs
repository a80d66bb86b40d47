namespace RagQa.Core.Escalation;

/// <summary>What a support agent does to an escalation.</summary>
public enum EscalationAction
{
    Assign,
    Resolve,
}
