using System.Globalization;
using System.Text.RegularExpressions;

namespace RagQa.Benchmarks.Live;

/// <summary>
/// The cumulative bucket counts of one histogram family read from Prometheus text, summed per value of one
/// label (e.g. <c>stage</c>), optionally restricted to series whose other labels match. Two scrapes subtract to
/// what happened in between; quantiles are interpolated inside the bucket like PromQL's histogram_quantile.
/// </summary>
public sealed partial class PrometheusHistograms
{
    private readonly Dictionary<string, SortedDictionary<double, double>> _buckets;

    private PrometheusHistograms(Dictionary<string, SortedDictionary<double, double>> buckets) => _buckets = buckets;

    public IEnumerable<string> Keys => _buckets.Keys;

    /// <param name="family">the metric name without <c>_bucket</c>, e.g. <c>ragqa_pipeline_stage_duration_seconds</c></param>
    /// <param name="groupBy">the label whose values are the keys</param>
    /// <param name="where">labels a series must carry with these values</param>
    public static PrometheusHistograms Parse(string text, string family, string groupBy, IReadOnlyDictionary<string, string>? where = null)
    {
        var buckets = new Dictionary<string, SortedDictionary<double, double>>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith(family + "_bucket{", StringComparison.Ordinal)) continue;
            var close = line.LastIndexOf('}');
            var labels = Labels().Matches(line[(family.Length + 8)..close]).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            if (where is not null && where.Any(w => !labels.TryGetValue(w.Key, out var v) || v != w.Value)) continue;
            if (!labels.TryGetValue(groupBy, out var key) || !labels.TryGetValue("le", out var le)) continue;
            var value = double.Parse(line[(close + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            var bound = le == "+Inf" ? double.PositiveInfinity : double.Parse(le, CultureInfo.InvariantCulture);
            var series = buckets.TryGetValue(key, out var s) ? s : buckets[key] = new SortedDictionary<double, double>();
            series[bound] = series.GetValueOrDefault(bound) + value;
        }
        return new PrometheusHistograms(buckets);
    }

    /// <summary>What was observed between <paramref name="before"/> and this scrape.</summary>
    public PrometheusHistograms Since(PrometheusHistograms before) => new(_buckets.ToDictionary(
        b => b.Key,
        b => new SortedDictionary<double, double>(b.Value.ToDictionary(
            bucket => bucket.Key,
            bucket => bucket.Value - (before._buckets.TryGetValue(b.Key, out var old) ? old.GetValueOrDefault(bucket.Key) : 0)))));

    public double Count(string key) => _buckets.TryGetValue(key, out var b) && b.Count > 0 ? b.Values.Last() : 0;

    /// <summary>The q-quantile in the histogram's unit, linear inside the bucket that holds it (NaN when empty).</summary>
    public double Quantile(string key, double q)
    {
        if (!_buckets.TryGetValue(key, out var buckets)) return double.NaN;
        return Quantile(buckets.Select(b => (b.Key, b.Value)).ToList(), q);
    }

    /// <summary>Interpolated quantile of cumulative (upper bound, count) buckets in ascending order.</summary>
    public static double Quantile(IReadOnlyList<(double UpperBound, double Cumulative)> buckets, double q)
    {
        if (buckets.Count == 0 || buckets[^1].Cumulative <= 0) return double.NaN;
        var rank = q * buckets[^1].Cumulative;
        var lower = 0.0;
        var below = 0.0;
        foreach (var (upper, cumulative) in buckets)
        {
            if (cumulative >= rank)
            {
                // Above the last finite bound nothing is known but the bound itself.
                if (double.IsPositiveInfinity(upper)) return lower;
                var inBucket = cumulative - below;
                return inBucket <= 0 ? upper : lower + (upper - lower) * (rank - below) / inBucket;
            }
            lower = upper;
            below = cumulative;
        }
        return lower;
    }

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Labels();
}
