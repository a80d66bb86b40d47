using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using RagQa.ServiceDefaults.PipelineStages;

namespace RagQa.Tests.PipelineStages;

public sealed class PipelineStageRecorderTests
{
    // Unique per test: other tests run in parallel and finish RagQa.* spans of their own.
    private static string UniqueStage() => "stage_" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public void A_finished_span_of_a_project_source_becomes_one_measurement_tagged_with_its_name()
    {
        var stage = UniqueStage();
        var measurements = new List<(double Seconds, string? Stage)>();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var recorder = new PipelineStageRecorder(services.GetRequiredService<IMeterFactory>());
        using var meterListener = ListenTo(measurements, stage);
        recorder.Start();

        using var source = new ActivitySource("RagQa.Tests.Stages");
        TimeSpan duration;
        using (var activity = source.StartActivity(stage))
        {
            Assert.NotNull(activity);
            Thread.Sleep(20);
            activity.Stop();
            duration = activity.Duration;
        }

        var measurement = Assert.Single(measurements);
        Assert.Equal(stage, measurement.Stage);
        Assert.Equal(duration.TotalSeconds, measurement.Seconds, precision: 9);
        Assert.True(measurement.Seconds >= 0.02);
    }

    [Fact]
    public void Spans_of_other_sources_and_spans_after_stopping_are_not_measured()
    {
        var stage = UniqueStage();
        var measurements = new List<(double Seconds, string? Stage)>();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var recorder = new PipelineStageRecorder(services.GetRequiredService<IMeterFactory>());
        using var meterListener = ListenTo(measurements, stage);
        recorder.Start();

        using (new ActivitySource("Npgsql.Tests").StartActivity(stage)) { }
        recorder.Dispose();
        using (new ActivitySource("RagQa.Tests.Stages").StartActivity(stage)) { }

        Assert.Empty(measurements);
    }

    [Fact]
    public void A_query_s_overhead_is_its_span_minus_the_embedding_and_chat_model_spans_inside_it()
    {
        var overheads = new List<(double Seconds, string? Stage)>();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var recorder = new PipelineStageRecorder(services.GetRequiredService<IMeterFactory>());
        var root = PipelineStageRecorder.OverheadRoots.Single();
        // The root's name is shared with parallel tests; this test's own root is told apart by its duration.
        using var meterListener = ListenTo(overheads, root, PipelineStageRecorder.OverheadInstrumentName);
        recorder.Start();

        using var query = new ActivitySource("RagQa.Tests.Query");
        using var embeddings = new ActivitySource("RagQa.Embeddings");
        using var chat = new ActivitySource("RagQa.Answering.Chat");
        Activity rootSpan, embed, generate;
        using (rootSpan = query.StartActivity(root)!)
        {
            Thread.Sleep(10);
            using (query.StartActivity("embed_query"))
            using (embed = embeddings.StartActivity("embed")!) Thread.Sleep(30);
            using (generate = chat.StartActivity("chat stub-model")!) Thread.Sleep(30);
            using (new ActivitySource("Npgsql.Tests").StartActivity("query")) Thread.Sleep(5);
            rootSpan.Stop();
        }

        var expected = (rootSpan.Duration - embed.Duration - generate.Duration).TotalSeconds;
        Assert.Contains(overheads, o => Math.Abs(o.Seconds - expected) < 1e-6);
        Assert.True(expected >= 0.015 && expected < rootSpan.Duration.TotalSeconds - 0.06);
    }

    [Fact]
    public void The_model_inference_sources_are_the_ones_Core_traces_model_calls_with()
    {
        Assert.Equal(
            new HashSet<string> { RagQa.Core.Embeddings.BatchingEmbeddingGenerator.TelemetryName, RagQa.Core.Answering.ChatClientFactory.TelemetrySource },
            PipelineStageRecorder.ModelInferenceSources);
    }

    [Fact]
    public void The_exported_histogram_is_in_seconds_with_the_fine_grained_buckets()
    {
        var stage = UniqueStage();
        var exported = new List<Metric>();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var meterProvider = Sdk.CreateMeterProviderBuilder()
            .AddMeter(PipelineStageRecorder.MeterName)
            .AddInMemoryExporter(exported)
            .Build();
        using var recorder = new PipelineStageRecorder(services.GetRequiredService<IMeterFactory>());
        recorder.Start();

        using var source = new ActivitySource("RagQa.Tests.Stages");
        using (source.StartActivity(stage)) { }
        meterProvider.ForceFlush();

        var metric = exported.Last(m => m.Name == PipelineStageRecorder.InstrumentName);
        Assert.Equal("s", metric.Unit);
        var points = new List<MetricPoint>();
        foreach (ref readonly var point in metric.GetMetricPoints()) points.Add(point);
        var ours = Assert.Single(points, p => Tags(p).Contains(new KeyValuePair<string, object?>(PipelineStageRecorder.StageTag, stage)));
        Assert.Equal(1, ours.GetHistogramCount());
        var bounds = new List<double>();
        foreach (var bucket in ours.GetHistogramBuckets()) bounds.Add(bucket.ExplicitBound);
        Assert.Equal(PipelineStageRecorder.BucketBoundaries.Append(double.PositiveInfinity), bounds);
    }

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags) tags.Add(tag);
        return tags;
    }

    private static MeterListener ListenTo(List<(double Seconds, string? Stage)> measurements, string stage,
        string instrumentName = PipelineStageRecorder.InstrumentName)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PipelineStageRecorder.MeterName && instrument.Name == instrumentName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            var tagged = tags.ToArray().FirstOrDefault(t => t.Key == PipelineStageRecorder.StageTag).Value as string;
            if (tagged == stage) lock (measurements) measurements.Add((value, tagged));
        });
        listener.Start();
        return listener;
    }
}
