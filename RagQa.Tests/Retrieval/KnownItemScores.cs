namespace RagQa.Tests.Retrieval;

/// <summary>Known-item figures of one retriever setting over one question set: means, each question's rank (null = not in the top 10) and per-query latency.</summary>
public sealed record KnownItemScores(
    double RecallAt5, double RecallAt10, double Mrr, IReadOnlyDictionary<string, int?> Ranks, IReadOnlyList<double> LatenciesMs)
{
    public double LatencyP50 => Percentile(50);

    public double LatencyP95 => Percentile(95);

    /// <summary>Nearest rank, as the benchmarks' percentiles.</summary>
    private double Percentile(double percentile)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
