using System.Diagnostics.Metrics;

namespace RagQa.Core.RateLimiting;

/// <summary>The instruments of the "RagQa.RateLimiting" meter.</summary>
internal sealed class RateLimitMetrics
{
    public const string MeterName = "RagQa.RateLimiting";

    private readonly Counter<long> _rejected;
    private readonly Counter<long> _unavailable;

    public RateLimitMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _rejected = meter.CreateCounter<long>("ragqa.rate_limit.rejected", "{request}", "Requests refused with 429, by route (query, search, escalate, auth_failure) and scope (ip or key).");
        _unavailable = meter.CreateCounter<long>("ragqa.rate_limit.unavailable", "{request}",
            "Requests let through unchecked because Redis could not be reached (fail open).");
        // A series from the start, at 0: the fail-open alert (RagQaRateLimiterFailingOpen) then reads 0, not "no data".
        _unavailable.Add(0);
    }

    public void Rejected(string route, string scope) =>
        _rejected.Add(1, new KeyValuePair<string, object?>("route", route), new KeyValuePair<string, object?>("scope", scope));

    public void Unavailable(string route, string scope) =>
        _unavailable.Add(1, new KeyValuePair<string, object?>("route", route), new KeyValuePair<string, object?>("scope", scope));
}
