using RagQa.Benchmarks.Live;

namespace RagQa.Tests.Benchmarks;

/// <summary>The load and query benchmarks' per-stage figures come from these interpolations: they must agree with PromQL's.</summary>
public sealed class PrometheusHistogramsTests
{
    private const string Before =
        """
        # TYPE ragqa_pipeline_stage_duration_seconds histogram
        ragqa_pipeline_stage_duration_seconds_bucket{stage="rerank",le="0.01"} 10
        ragqa_pipeline_stage_duration_seconds_bucket{stage="rerank",le="0.02"} 10
        ragqa_pipeline_stage_duration_seconds_bucket{stage="rerank",le="+Inf"} 10
        """;

    private const string After =
        """
        # TYPE ragqa_pipeline_stage_duration_seconds histogram
        ragqa_pipeline_stage_duration_seconds_bucket{stage="rerank",le="0.01"} 60
        ragqa_pipeline_stage_duration_seconds_bucket{stage="rerank",le="0.02"} 110
        ragqa_pipeline_stage_duration_seconds_bucket{stage="rerank",le="+Inf"} 110
        ragqa_pipeline_stage_duration_seconds_bucket{stage="persist_answer",le="0.01"} 1
        ragqa_pipeline_stage_duration_seconds_bucket{stage="persist_answer",le="+Inf"} 1
        ragqa_pipeline_stage_duration_seconds_count{stage="rerank"} 110
        """;

    [Fact]
    public void Quantiles_interpolate_inside_the_bucket_like_histogram_quantile()
    {
        // 50 observations in (0, 10 ms], 50 in (10, 20 ms]: the median is the 10 ms bound, p95 is 90 % into the second bucket.
        List<(double, double)> buckets = [(0.01, 50), (0.02, 100), (double.PositiveInfinity, 100)];

        Assert.Equal(0.01, PrometheusHistograms.Quantile(buckets, 0.5), 6);
        Assert.Equal(0.019, PrometheusHistograms.Quantile(buckets, 0.95), 6);
        Assert.Equal(0.002, PrometheusHistograms.Quantile(buckets, 0.1), 6);
    }

    [Fact]
    public void Above_the_last_finite_bound_only_the_bound_is_known_and_an_empty_histogram_has_no_quantile()
    {
        Assert.Equal(0.02, PrometheusHistograms.Quantile([(0.01, 10), (0.02, 20), (double.PositiveInfinity, 100)], 0.99), 6);
        Assert.True(double.IsNaN(PrometheusHistograms.Quantile([(0.01, 0), (double.PositiveInfinity, 0)], 0.5)));
        Assert.True(double.IsNaN(PrometheusHistograms.Quantile([], 0.5)));
    }

    [Fact]
    public void Two_scrapes_subtract_to_what_happened_in_between_per_label_value()
    {
        const string family = "ragqa_pipeline_stage_duration_seconds";
        var between = PrometheusHistograms.Parse(After, family, "stage").Since(PrometheusHistograms.Parse(Before, family, "stage"));

        Assert.Equal(100, between.Count("rerank"));
        Assert.Equal(0.01, between.Quantile("rerank", 0.5), 6);
        Assert.Equal(1, between.Count("persist_answer"));
        Assert.Equal(0, between.Count("no_such_stage"));
    }
}
