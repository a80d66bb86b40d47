namespace RagQa.Core.RateLimiting;

/// <summary>What a counter limits: each has its own counters, so a client's searches do not use up its questions.</summary>
public static class RateLimitRoutes
{
    public const string Query = "query";
    public const string Search = "search";
    public const string Escalate = "escalate";

    /// <summary>Requests refused for a missing or wrong key, per source address.</summary>
    public const string AuthFailure = "auth_failure";
}
