using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using RagQa.Core.Guardrails;
using RagQa.Tests.Caching;

namespace RagQa.Tests.Guardrails;

public sealed class PromptInjectionMetricsTests
{
    [Fact]
    public void Each_verdict_is_counted_by_outcome_source_and_category()
    {
        var meters = CacheTestSupport.MeterFactory();
        var metrics = new PromptInjectionMetrics(meters);
        using var verdicts = new MetricCollector<long>(meters, PromptInjectionMetrics.MeterName, "ragqa.guardrails.injection.verdicts");

        metrics.Record(new PromptInjectionVerdict(true, 0.9, InjectionCategory.RolePlay, ["classifier.persona"]));
        metrics.Record(PromptInjectionVerdict.Clean);
        metrics.Record(new PromptInjectionVerdict(false, 0.6, InjectionCategory.RolePlay, ["role_play.act_as", PromptInjectionDetector.OverruledRuleId]));

        var measurements = verdicts.GetMeasurementSnapshot();
        Assert.Equal(3, measurements.Count);
        Assert.Equal("blocked", measurements[0].Tags["outcome"]);
        Assert.Equal("classifier", measurements[0].Tags["source"]);
        Assert.Equal("role_play", measurements[0].Tags["category"]);
        Assert.Equal("allowed", measurements[1].Tags["outcome"]);
        Assert.Equal("none", measurements[1].Tags["source"]);
        Assert.Equal("allowed", measurements[2].Tags["outcome"]);
        Assert.Equal("overruled", measurements[2].Tags["source"]);
        Assert.Equal("none", measurements[2].Tags["category"]);
    }
}
