namespace RagQa.Core.Telemetry;

/// <summary>Histogram bucket boundaries shared by every RagQa meter, so durations and confidences compare across services.</summary>
public static class MetricBuckets
{
    /// <summary>Seconds, from a cache hit (~10 ms) to a slow model call; the SDK's default buckets are meant for milliseconds.</summary>
    public static readonly IReadOnlyList<double> Latency = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60];

    /// <summary>Tenths, so that the 0.7 escalation threshold is a bucket boundary.</summary>
    public static readonly IReadOnlyList<double> Confidence = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];
}
