using System.Diagnostics.Metrics;
using RagQa.Core.Telemetry;

namespace RagQa.Core.Embeddings;

/// <summary>
/// The "RagQa.Embeddings" meter, recorded by <see cref="BatchingEmbeddingGenerator"/> around every call to the model:
/// its latency (<c>ragqa.embeddings.batch.duration</c>) and the texts embedded (<c>ragqa.embeddings.texts</c>), by model.
/// </summary>
public sealed class EmbeddingMetrics
{
    public const string MeterName = "RagQa.Embeddings";

    private readonly Histogram<double> _batchDuration;
    private readonly Counter<long> _texts;

    public EmbeddingMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _batchDuration = meter.CreateHistogram(
            "ragqa.embeddings.batch.duration", "s", "Latency of one call to the embedding model.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = MetricBuckets.Latency });
        _texts = meter.CreateCounter<long>("ragqa.embeddings.texts", "{text}", "Texts embedded.");
    }

    public void BatchDone(string modelId, TimeSpan elapsed) =>
        _batchDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("ragqa.embedding.model", modelId));

    public void TextsEmbedded(string modelId, int count) =>
        _texts.Add(count, new KeyValuePair<string, object?>("ragqa.embedding.model", modelId));
}
