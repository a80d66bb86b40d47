namespace RagQa.Tests.Monitoring;

public sealed class PromQlTests
{
    [Theory]
    [InlineData("histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m]))) > 5", "histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m])))")]
    [InlineData("up{job=\"ragqa\"} == 0", "up{job=\"ragqa\"}")]
    [InlineData("a / b < 0.05", "a / b")]
    [InlineData("max by (queue) (depth{queue=~\".+\\\\.dlq\"}) > 0", "max by (queue) (depth{queue=~\".+\\\\.dlq\"})")]
    [InlineData("(sum(rate(e{code!=\"x\"}[5m])) or vector(0)) / sum(rate(r[5m])) >= 1e-2", "(sum(rate(e{code!=\"x\"}[5m])) or vector(0)) / sum(rate(r[5m]))")]
    public void Measurement_is_the_side_an_alert_compares_with_its_threshold(string expression, string measurement) =>
        Assert.Equal(measurement, PromQl.Measurement(expression));

    [Theory]
    [InlineData("sum(rate(x[5m]))")]
    [InlineData("count(a > 3) by (le)")]
    [InlineData("a > b")]
    public void Expressions_without_a_top_level_threshold_are_kept_whole(string expression) =>
        Assert.Equal(expression, PromQl.Measurement(expression));

    [Fact]
    public void Metric_names_exclude_functions_keywords_labels_durations_and_numbers()
    {
        var names = PromQl.MetricNames(
            "histogram_quantile(0.95, sum by (le, service) (rate(ragqa_query_duration_seconds_bucket{outcome=\"answered\", le!=\"x\"}[5m] offset 1m)))"
            + " / on (service) group_left () max without (instance) (up{job=~\"rag.*\"}) or vector(0) and ignoring (a) b_total > 1e3");

        Assert.Equal(["b_total", "ragqa_query_duration_seconds_bucket", "up"], names.Order());
    }

    [Fact]
    public void A_label_value_that_looks_like_a_metric_is_not_one() =>
        Assert.Equal(["m"], PromQl.MetricNames("m{queue=\"not_a_metric\"}"));
}
