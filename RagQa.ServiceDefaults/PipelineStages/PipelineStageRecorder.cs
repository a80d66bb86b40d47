using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;

namespace RagQa.ServiceDefaults.PipelineStages;

/// <summary>
/// Turns every finished span of the project's activity sources (<c>RagQa.*</c>) into one measurement of the
/// histogram <c>ragqa.pipeline.stage.duration</c> (seconds, tag <c>stage</c> = span name), so per-stage latency
/// percentiles come from /metrics and OTLP without a trace backend. The buckets are fine-grained (1-2-3-5 steps
/// from 0.5 ms to 30 s) so that p50/p95 can be interpolated within a few percent.
/// </summary>
/// <remarks>
/// The listener asks only for propagation data: it never makes a span recorded that the tracer's sampler
/// would drop, yet it still sees every span stop with its duration.
/// </remarks>
public sealed class PipelineStageRecorder : IHostedService, IDisposable
{
    public const string MeterName = "RagQa.Pipeline";
    public const string InstrumentName = "ragqa.pipeline.stage.duration";
    public const string StageTag = "stage";

    /// <summary>Upper bounds of the histogram's buckets, in seconds.</summary>
    public static readonly IReadOnlyList<double> BucketBoundaries =
    [
        0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075,
        0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 7.5, 10, 15, 30,
    ];

    private readonly Histogram<double> _durations;
    private ActivityListener? _listener;

    public PipelineStageRecorder(IMeterFactory meters)
    {
        _durations = meters.Create(MeterName).CreateHistogram(
            InstrumentName,
            unit: "s",
            description: "Duration of each pipeline stage (one span of a RagQa activity source), by span name.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = BucketBoundaries });
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Starts listening; spans that finish from now on are measured.</summary>
    public void Start()
    {
        if (_listener is not null) return;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith(Extensions.RagQaTelemetryPrefix, StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
            SampleUsingParentId = (ref ActivityCreationOptions<string> _) => ActivitySamplingResult.PropagationData,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    private void Record(Activity activity) =>
        _durations.Record(activity.Duration.TotalSeconds, new KeyValuePair<string, object?>(StageTag, activity.OperationName));

    public void Dispose()
    {
        _listener?.Dispose();
        _listener = null;
    }
}
