namespace RagQa.Core.Escalation;

/// <summary>Who opened an escalation: values of <c>escalation_requests.source</c>.</summary>
public static class EscalationSource
{
    /// <summary>The query worker, from the answer's confidence or validation.</summary>
    public const string Automatic = "automatic";

    public const string User = "user";
}
