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
/// It also measures each query's pipeline overhead, <c>ragqa.pipeline.overhead.duration</c>: the duration of a
/// <c>process_query</c> span minus the model-inference spans inside it (embedding calls and chat-model calls),
/// i.e. the time the pipeline itself costs. Per query, not a difference of percentiles.
/// The listener asks only for propagation data: it never makes a span recorded that the tracer's sampler
/// would drop, yet it still sees every span stop with its duration.
/// </remarks>
public sealed class PipelineStageRecorder : IHostedService, IDisposable
{
    public const string MeterName = "RagQa.Pipeline";
    public const string InstrumentName = "ragqa.pipeline.stage.duration";
    public const string OverheadInstrumentName = "ragqa.pipeline.overhead.duration";
    public const string StageTag = "stage";

    /// <summary>The spans whose overhead is measured.</summary>
    public static readonly IReadOnlySet<string> OverheadRoots = new HashSet<string>(StringComparer.Ordinal) { "process_query" };

    /// <summary>
    /// Sources whose spans are model inference: RagQa.Core's embedding wrapper (one span per model call) and the
    /// chat client's OpenTelemetry layer (one span per model call, retries included). Kept equal to the Core
    /// constants by a test; ServiceDefaults cannot reference Core.
    /// </summary>
    public static readonly IReadOnlySet<string> ModelInferenceSources = new HashSet<string>(StringComparer.Ordinal)
    {
        "RagQa.Embeddings", "RagQa.Answering.Chat",
    };

    private const string ModelTimeProperty = "ragqa.model_time";

    /// <summary>Upper bounds of the histogram's buckets, in seconds.</summary>
    public static readonly IReadOnlyList<double> BucketBoundaries =
    [
        0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075,
        0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 7.5, 10, 15, 30,
    ];

    private readonly Histogram<double> _durations;
    private readonly Histogram<double> _overheads;
    private ActivityListener? _listener;

    public PipelineStageRecorder(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _overheads = meter.CreateHistogram(
            OverheadInstrumentName,
            unit: "s",
            description: "Time of a query outside model inference (its span's duration minus its embedding and chat-model spans).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = BucketBoundaries });
        _durations = meter.CreateHistogram(
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

    private void Record(Activity activity)
    {
        var seconds = activity.Duration.TotalSeconds;
        var stage = new KeyValuePair<string, object?>(StageTag, activity.OperationName);
        _durations.Record(seconds, stage);
        if (ModelInferenceSources.Contains(activity.Source.Name) && OverheadRootOf(activity) is { } root)
        {
            var modelTime = root.GetCustomProperty(ModelTimeProperty) as ModelTime;
            if (modelTime is null) root.SetCustomProperty(ModelTimeProperty, modelTime = new ModelTime());
            modelTime.Add(seconds);
        }
        if (OverheadRoots.Contains(activity.OperationName))
        {
            var model = (activity.GetCustomProperty(ModelTimeProperty) as ModelTime)?.Seconds ?? 0;
            _overheads.Record(Math.Max(0, seconds - model), stage);
        }
    }

    private static Activity? OverheadRootOf(Activity activity)
    {
        for (var parent = activity.Parent; parent is not null; parent = parent.Parent)
        {
            if (OverheadRoots.Contains(parent.OperationName)) return parent;
        }
        return null;
    }

    /// <summary>Model time summed over a root's inference spans (a query's steps are sequential, the lock is cheap).</summary>
    private sealed class ModelTime
    {
        private readonly Lock _gate = new();
        private double _seconds;

        public double Seconds
        {
            get { lock (_gate) return _seconds; }
        }

        public void Add(double seconds)
        {
            lock (_gate) _seconds += seconds;
        }
    }

    public void Dispose()
    {
        _listener?.Dispose();
        _listener = null;
    }
}
