using System.ComponentModel.DataAnnotations;

namespace RagQa.Core.RateLimiting;

/// <summary>
/// Section <c>RateLimiting</c>: how many requests a client may send per window to <c>POST /query</c>, <c>POST /search</c>
/// and <c>POST /query/{id}/escalate</c> (each route counted apart), and how many failed authentications an address may
/// cause. A request with a valid <c>X-Api-Key</c> counts against its key (the key's own limit, else
/// <see cref="PerKeyPermitLimit"/>); any other request against its client IP address.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Off: nothing is counted or refused (load tests can also just raise the limits).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Length of the fixed window, which starts at a client's first request.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "RateLimiting:Window must be between 1 second and 1 day.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests per window from one IP address without a key: a person asking by hand never meets it.</summary>
    [Range(1, 10_000_000, ErrorMessage = "RateLimiting:PerIpPermitLimit must be between 1 and 10000000.")]
    public int PerIpPermitLimit { get; set; } = 60;

    /// <summary>Requests per window for a key that has no limit of its own (integrations call more than people).</summary>
    [Range(1, 10_000_000, ErrorMessage = "RateLimiting:PerKeyPermitLimit must be between 1 and 10000000.")]
    public int PerKeyPermitLimit { get; set; } = 600;

    /// <summary>POST /search from one address without a key: each search runs the embedding model in the api itself.</summary>
    [Range(1, 10_000_000, ErrorMessage = "RateLimiting:SearchPerIpPermitLimit must be between 1 and 10000000.")]
    public int SearchPerIpPermitLimit { get; set; } = 60;

    /// <summary>POST /query/{id}/escalate from one address without a key: each one may page a human.</summary>
    [Range(1, 10_000_000, ErrorMessage = "RateLimiting:EscalatePerIpPermitLimit must be between 1 and 10000000.")]
    public int EscalatePerIpPermitLimit { get; set; } = 10;

    /// <summary>Requests with a missing or wrong key from one address before it gets 429: far above typing mistakes, far below guessing.</summary>
    [Range(1, 10_000_000, ErrorMessage = "RateLimiting:AuthFailurePerIpLimit must be between 1 and 10000000.")]
    public int AuthFailurePerIpLimit { get; set; } = 20;
}
