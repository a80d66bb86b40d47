using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RagQa.Core.VectorStore;

/// <summary>
/// Spans (<c>vector_upsert</c>, <c>vector_scan</c>) and metrics of the vector stores: search duration and,
/// for the embedded store, how many vectors this process holds in memory.
/// </summary>
public sealed class VectorStoreTelemetry
{
    public const string Name = "RagQa.VectorStore";

    internal static readonly ActivitySource Activity = new(Name);

    private readonly Histogram<double> _searchDuration;
    private readonly List<Func<long>> _loadedSources = [];

    public VectorStoreTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(Name);
        _searchDuration = meter.CreateHistogram(
            "ragqa.vector_store.search.duration", "s", "Time to answer one vector search, including catching up with other processes' writes.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Telemetry.MetricBuckets.Latency });
        meter.CreateObservableGauge("ragqa.vector_store.vectors_loaded", ObserveLoaded, "{vector}", "Vectors held in this process's in-memory indexes.");
    }

    internal void RecordSearch(string provider, TimeSpan elapsed) =>
        _searchDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("ragqa.vector_store.provider", provider));

    internal void TrackLoaded(Func<long> source)
    {
        lock (_loadedSources) _loadedSources.Add(source);
    }

    private long ObserveLoaded()
    {
        lock (_loadedSources) return _loadedSources.Sum(source => source());
    }
}
