using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using RagQa.Core.Answering;
using RagQa.Core.Query;
using RagQa.Tests.Caching;

namespace RagQa.Tests.Query;

/// <summary>The "RagQa.Query" instruments keep the names, units and tags that the dashboards and alert rules read.</summary>
public sealed class QueryMetricsTests
{
    [Fact]
    public void An_answer_is_recorded_with_its_duration_confidence_and_outcome()
    {
        var meters = CacheTestSupport.MeterFactory();
        var metrics = new QueryMetrics(meters);
        using var duration = new MetricCollector<double>(meters, QueryMetrics.MeterName, "ragqa.query.duration");
        using var confidence = new MetricCollector<double>(meters, QueryMetrics.MeterName, "ragqa.query.confidence");
        var answer = new ComposedAnswer("Não encontrei.", [], "extractive") { Intent = "specific" };

        metrics.Record(answer, 0.4, TimeSpan.FromMilliseconds(250));

        var measured = Assert.Single(duration.GetMeasurementSnapshot());
        Assert.Equal(0.25, measured.Value);
        Assert.Equal("s", duration.Instrument!.Unit);
        Assert.Equal("specific", measured.Tags["intent"]);
        Assert.Equal("extractive", measured.Tags["mode"]);
        Assert.Equal(false, measured.Tags["cache_hit"]);
        Assert.Equal(QueryMetrics.NotAnswerable, measured.Tags["outcome"]);
        Assert.Equal(0.4, Assert.Single(confidence.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public void Model_usage_counts_tokens_by_type_and_cost_by_mode()
    {
        var meters = CacheTestSupport.MeterFactory();
        var metrics = new QueryMetrics(meters);
        using var tokens = new MetricCollector<long>(meters, QueryMetrics.MeterName, "ragqa.llm.tokens");
        using var cost = new MetricCollector<double>(meters, QueryMetrics.MeterName, "ragqa.llm.estimated_cost");

        metrics.RecordUsage("llm", 120, 30, 0.002);

        Assert.Equal([(120L, "input"), (30L, "output")], tokens.GetMeasurementSnapshot().Select(m => (m.Value, (string)m.Tags["type"]!)));
        Assert.Equal("{token}", tokens.Instrument!.Unit);
        Assert.Equal("llm", Assert.Single(cost.GetMeasurementSnapshot()).Tags["mode"]);
    }
}
