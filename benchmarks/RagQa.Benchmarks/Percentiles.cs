namespace RagQa.Benchmarks;

/// <summary>Nearest-rank percentiles of measured samples (exact, no interpolation).</summary>
public static class Percentiles
{
    public static double Of(IEnumerable<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
