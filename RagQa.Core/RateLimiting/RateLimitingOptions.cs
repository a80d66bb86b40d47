using System.ComponentModel.DataAnnotations;

namespace RagQa.Core.RateLimiting;

/// <summary>
/// Section <c>RateLimiting</c>: how many <c>POST /query</c> requests a client may send per window. A request
/// with a valid <c>X-Api-Key</c> counts against its key (the key's own limit, else <see cref="PerKeyPermitLimit"/>);
/// any other request against its client IP address.
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
}
