using System.Globalization;
using RagQa.Core.RateLimiting;

namespace RagQa.Core.Audit;

/// <summary>
/// Which failed authentications reach the audit trail. Failures are counted per source address and rate-limit window;
/// only the first of a window (a source started failing) and the one that reaches the limit (it is now refused with
/// 429; <c>count</c> says how many) are recorded. When the counter is unavailable (Redis down, count 0) every
/// failure is recorded, as before aggregation.
/// </summary>
public static class AuthFailureAudit
{
    public static bool ShouldRecord(RateLimitDecision failures) => failures.Count is 0 or 1 || failures.Count == failures.Limit;

    /// <param name="source">The source address as a hash: addresses are personal data and the trail is kept long.</param>
    public static Dictionary<string, string> Details(string code, RateLimitDecision failures, TimeSpan window, string source) => new()
    {
        ["code"] = code,
        ["count"] = Math.Max(1, failures.Count).ToString(CultureInfo.InvariantCulture),
        ["limit"] = failures.Limit.ToString(CultureInfo.InvariantCulture),
        ["window_seconds"] = window.TotalSeconds.ToString("0", CultureInfo.InvariantCulture),
        ["source"] = source,
    };
}
